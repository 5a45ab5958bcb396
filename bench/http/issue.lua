-- wrk script: POST $BODY to /credentials/issue with $TOKEN, and append each created credential's
-- Location (the path of the stored credential) to $IDS, one per line, to be read back afterwards.
local file = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
local ids
local written = 0

function init(args)
  ids = assert(io.open(os.getenv("IDS"), "a"))
end

function response(status, headers, body)
  if status == 201 and headers["Location"] then
    ids:write(headers["Location"], "\n")
    written = written + 1
    if written % 500 == 0 then
      ids:flush()
    end
  end
end
