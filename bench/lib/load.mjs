// The load generator of bench/bot.mjs, run as its own process so that it does not share an event
// loop with what it measures: autocannon POSTing one body to a URL, each request with a fresh
// X-GitHub-Delivery id (the bot ignores a delivery id it has handled). Prints autocannon's result
// as JSON.  node bench/lib/load.mjs '<json: { url, body, headers, connections, seconds }>'
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";

const { url, body, headers, connections, seconds } = JSON.parse(process.argv[2]);
const result = await autocannon({
  url,
  method: "POST",
  body,
  headers,
  connections,
  duration: seconds,
  requests: [
    {
      setupRequest(request) {
        return { ...request, headers: { ...request.headers, "x-github-delivery": randomUUID() } };
      },
    },
  ],
});
process.stdout.write(
  `${JSON.stringify({
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: result.statusCodeStats,
  })}\n`,
);
