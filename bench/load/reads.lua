-- GET requests of one scenario over the generated corpus, with ids and filters drawn at random per request.
-- SCENARIO: page | article | speaker | stance | articleId | text | speaker+stance | stance+text | speaker+text |
-- articleId+stance | deep. FIRST_ARTICLE/LAST_ARTICLE and FIRST_SPEAKER/LAST_SPEAKER bound the ids.

local labels = { "confirm", "deny", "uncertain", "concern" }
-- Words and phrases from frequent to rare in the generated quotes (in about 38 %, 3.5 %, 1.8 %, 0.9 %, 0.4 %, 0.2 % and
-- 0.1 % of them), and one that is in none.
local texts = { "said", "government", "police", "troops", "vaccine", "interest rates", "fake news", "Kremlin",
  "North Korea", "nowhere-to-be-found" }

local scenario, first_article, last_article, first_speaker, last_speaker
dofile("bench/load/degraded.lua")

function init(args)
  scenario = os.getenv("SCENARIO") or "page"
  first_article = tonumber(os.getenv("FIRST_ARTICLE"))
  last_article = tonumber(os.getenv("LAST_ARTICLE"))
  first_speaker = tonumber(os.getenv("FIRST_SPEAKER"))
  last_speaker = tonumber(os.getenv("LAST_SPEAKER"))
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

-- Half of the draws among the most quoted speakers (ids come in order of frequency), half among all of them.
local function speaker()
  if math.random(2) == 1 then
    return first_speaker + math.random(0, 49)
  end
  return math.random(first_speaker, last_speaker)
end

local function article() return math.random(first_article, last_article) end
local function label() return labels[math.random(#labels)] end
local function text() return texts[math.random(#texts)]:gsub(" ", "%%20") end

local paths = {
  ["page"] = function() return "/api/quotes?size=20&page=" .. math.random(0, 49) end,
  ["article"] = function() return "/api/articles/" .. article() end,
  ["speaker"] = function() return "/api/quotes?size=20&speaker=" .. speaker() end,
  ["stance"] = function() return "/api/quotes?size=20&stance=" .. label() .. "&page=" .. math.random(0, 9) end,
  ["articleId"] = function() return "/api/quotes?size=20&articleId=" .. article() end,
  ["text"] = function() return "/api/quotes?size=20&q=" .. text() end,
  ["speaker+stance"] = function() return "/api/quotes?size=20&speaker=" .. speaker() .. "&stance=" .. label() end,
  ["stance+text"] = function() return "/api/quotes?size=20&stance=" .. label() .. "&q=" .. text() end,
  ["speaker+text"] = function() return "/api/quotes?size=20&speaker=" .. speaker() .. "&q=" .. text() end,
  ["articleId+stance"] = function() return "/api/quotes?size=20&articleId=" .. article() .. "&stance=" .. label() end,
  ["deep"] = function() return "/api/quotes?size=20&stance=" .. label() .. "&page=" .. math.random(400, 499) end,
}

function request()
  return wrk.format("GET", paths[scenario]())
end
