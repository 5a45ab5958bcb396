-- wrk script: POST /anchors, each request with a digest never submitted before (a counter and
-- random hex), $TOKEN as the bearer token.
local hex = "0123456789abcdef"
local headers = {
  ["Content-Type"] = "application/json",
  ["Authorization"] = "Bearer " .. os.getenv("TOKEN"),
}
local counter = 0

function init(args)
  math.randomseed(os.time() * 1000 + math.floor(os.clock() * 1000000))
end

function request()
  counter = counter + 1
  local random = {}
  for i = 1, 48 do
    local n = math.random(1, 16)
    random[i] = hex:sub(n, n)
  end
  local digest = string.format("sha256:%016x%s", counter, table.concat(random))
  return wrk.format("POST", "/anchors", headers, '{"digest":"' .. digest .. '"}')
end
