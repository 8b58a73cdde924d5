import type { ApplicationFunction } from "probot";
import { promotionFeature } from "./promotion.ts";
import { retrainFeature } from "./retrain.ts";
import type { BotFeature, BotRoute, BotRuntime } from "./runtime.ts";

/**
 * The Trainyard GitHub App: every feature of the bot, registered. A new feature (its webhook
 * handlers and HTTP routes, see BotFeature in runtime.ts) is added to this list and nowhere else:
 *
 *   export const retrainingFeature: BotFeature = {
 *     name: "retraining",
 *     register(app, runtime) {
 *       const isDrift = {                                                 // which deliveries it acts on
 *         mentions: ["trainyard-drift"],                                  // one is in each, as JSON text
 *         test: (payload) => payload.action === "trainyard-drift",
 *       };
 *       on(app, runtime, "retraining", "repository_dispatch", isDrift, async (context) => {
 *         const repo = context.repo();
 *         const config = await runtime.config(context.octokit, repo);     // .github/trainyard.yml
 *         await requestRetraining(context.octokit, repo, ...);            // the work: lib/github only
 *       });
 *     },
 *     routes: [{ method: "POST", path: "/alertmanager", handle: async (request, runtime) => {
 *       const github = await runtime.clientFor(repo);                     // no webhook context here
 *       return { status: 202, body: { accepted: n } };
 *     } }],
 *   };
 *
 * The filter (`isDrift`) is checked before the handler runs, and the webhook endpoint answers a
 * delivery no handler's filter accepts without handing it to Probot: cheap, since most deliveries
 * (every comment, every release) concern no feature. A delivery whose body holds none of the
 * filters' mentions is answered without even being parsed. Register handlers only through on(), never
 * `app.on`, or the endpoint does not know them (test/bot/webhook-routing.test.ts checks).
 *
 * Bot pull requests go through lib/github/bot-pull-request.ts (upsertBotPullRequest, and
 * findBotPullRequest for cooldowns and snoozes); count them with
 * `runtime.metrics.pullRequests.inc({ purpose, change })`. New events go in app.yml's
 * default_events, new permissions in its default_permissions (tests register the App from it).
 */
export const FEATURES: readonly BotFeature[] = [promotionFeature, retrainFeature];

/** The Probot app function: registers each feature's handlers, and nothing else. */
export function trainyardApp(
  runtime: BotRuntime,
  features: readonly BotFeature[] = FEATURES,
): ApplicationFunction {
  return (app) => {
    for (const feature of features) feature.register(app, runtime);
  };
}

/** The HTTP routes the features serve beside the webhook endpoint. */
export function featureRoutes(features: readonly BotFeature[] = FEATURES): BotRoute[] {
  return features.flatMap((feature) => feature.routes ?? []);
}
