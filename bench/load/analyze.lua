-- POST /api/analyze with real-length news: each body joins consecutive articles of the extraction development set
-- (and the seed article) until it holds 3,000 to 8,000 characters. ARTICLE_FILES is a file listing their paths.

dofile("bench/load/degraded.lua")

local function read(path)
  local file = assert(io.open(path, "rb"))
  local text = file:read("*a")
  file:close()
  return text
end

local function json_string(text)
  local escaped = text:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"' elseif c == "\\" then return "\\\\"
    elseif c == "\n" then return "\\n" elseif c == "\r" then return "\\r" elseif c == "\t" then return "\\t"
    else return string.format("\\u%04x", c:byte()) end
  end)
  return '"' .. escaped .. '"'
end

local bodies = {}

function init(args)
  local texts = {}
  for path in io.lines(os.getenv("ARTICLE_FILES")) do
    texts[#texts + 1] = read(path)
  end
  local current = ""
  for _, text in ipairs(texts) do
    if #current > 0 and #current + #text + 2 > 8000 then
      current = ""
    end
    current = (#current > 0) and (current .. "\n\n" .. text) or text
    if #current >= 3000 then
      bodies[#bodies + 1] = '{"text":' .. json_string(current) .. '}'
      current = ""
    end
  end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  return wrk.format("POST", "/api/analyze", {["Content-Type"] = "application/json"},
    bodies[math.random(#bodies)])
end
