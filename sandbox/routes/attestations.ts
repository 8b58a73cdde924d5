import { bodyOf, notFound, ok, type RouteModule, requireField, validationFailed } from "../http.ts";
import type { AttestationRecord } from "../state.ts";

const IN_TOTO = "application/vnd.in-toto+json";
const MAX_PER_PAGE = 100;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Artifact attestations: storing a Sigstore bundle with a repository, and listing the bundles
 * stored for a subject digest. Like GitHub, the sandbox reads the subjects out of the bundle's
 * in-toto statement; unlike GitHub, it does not check the bundle's signature against a Sigstore
 * instance (a verifier must do that anyway: see the API's own warning).
 */
export const attestationRoutes: RouteModule = {
  api: [
    {
      operationId: "repos/create-attestation",
      route: "POST /repos/{owner}/{repo}/attestations",
      permission: ["attestations", "write"],
      handler: (request) => {
        const bundle = requireField(bodyOf(request), "bundle", isObject);
        const statement = inTotoStatement(bundle);
        const record: AttestationRecord = {
          id: request.world.id(),
          bundle,
          subjectDigests: statement.digests,
          predicateType: statement.predicateType,
          initiator: "user",
          createdAt: request.world.now(),
        };
        request.repo.attestations ??= [];
        request.repo.attestations.push(record);
        return ok({ id: record.id }, 201);
      },
    },
    {
      operationId: "repos/list-attestations",
      route: "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
      permission: ["attestations", "read"],
      handler: (request) => {
        const digest = (request.params.subject_digest ?? "").toLowerCase();
        if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw notFound();
        const predicateType = request.query.get("predicate_type");
        const matching = (request.repo.attestations ?? [])
          .filter((a) => a.subjectDigests.includes(digest))
          .filter((a) => !predicateType || a.predicateType === predicateType)
          .reverse();
        const perPage = Math.min(
          Math.max(Number(request.query.get("per_page") ?? 30) || 30, 1),
          MAX_PER_PAGE,
        );
        const start = Math.max(Number(request.query.get("after") ?? 0) || 0, 0);
        const page = matching.slice(start, start + perPage);
        const headers: Record<string, string> = {};
        if (start + perPage < matching.length) {
          const next = new URL(request.url);
          next.searchParams.set("after", String(start + perPage));
          headers.link = `<${next.toString()}>; rel="next"`;
        }
        return ok(
          {
            attestations: page.map((a) => ({
              bundle: a.bundle,
              repository_id: request.repo.id,
              bundle_url: `${request.world.urls.api}/repos/${request.repo.owner}/${request.repo.name}/attestations/${a.id}/bundle`,
              initiator: a.initiator,
            })),
          },
          200,
          headers,
        );
      },
    },
  ],
};

/** The subjects' sha256 digests and the predicate type of a DSSE bundle's in-toto statement, or 422. */
function inTotoStatement(bundle: Record<string, unknown>): { digests: string[]; predicateType: string } {
  const envelope = bundle.dsseEnvelope;
  const invalid = (why: string) =>
    validationFailed(`Invalid request.\n\nbundle: ${why}`, [
      { resource: "Attestation", field: "bundle", code: "invalid" },
    ]);
  if (
    typeof bundle.mediaType !== "string" ||
    !bundle.mediaType.startsWith("application/vnd.dev.sigstore.bundle")
  )
    throw invalid("not a Sigstore bundle");
  if (!isObject(bundle.verificationMaterial)) throw invalid("no verification material");
  if (!isObject(envelope) || envelope.payloadType !== IN_TOTO || typeof envelope.payload !== "string")
    throw invalid("not a DSSE envelope of an in-toto statement");
  let statement: unknown;
  try {
    statement = JSON.parse(Buffer.from(envelope.payload, "base64").toString("utf8"));
  } catch {
    throw invalid("the statement is not JSON");
  }
  if (
    !isObject(statement) ||
    !Array.isArray(statement.subject) ||
    typeof statement.predicateType !== "string"
  )
    throw invalid("not an in-toto statement");
  const digests = statement.subject
    .map((s) => (isObject(s) && isObject(s.digest) ? s.digest.sha256 : undefined))
    .filter((d): d is string => typeof d === "string" && /^[0-9a-f]{64}$/.test(d))
    .map((d) => `sha256:${d}`);
  if (digests.length === 0) throw invalid("no subject with a sha256 digest");
  return { digests, predicateType: statement.predicateType };
}
