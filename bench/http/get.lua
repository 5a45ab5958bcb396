-- wrk script: GET with $TOKEN as the bearer token.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
