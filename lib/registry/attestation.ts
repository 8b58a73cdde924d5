import { type Bundle, bundleFromJSON, bundleToJSON } from "@sigstore/bundle";
import { TrustedRoot } from "@sigstore/protobuf-specs";
import { DSSEBundleBuilder, FulcioSigner, type IdentityProvider, TSAWitness } from "@sigstore/sign";
import { toSignedEntity, toTrustMaterial, Verifier } from "@sigstore/verify";
import { ConfigError, GitHubError } from "../errors.ts";
import * as z from "../zod.ts";
import { GITHUB_ACTIONS_ISSUER } from "./attestation-endpoints.ts";

export type { IdentityProvider };

/**
 * Artifact attestations of model files (see README, "Attest model files"): an in-toto statement
 * whose subject is a file's sha256 and whose predicate is SLSA provenance of the run that
 * registered it, signed keylessly with the runner's OIDC token by GitHub's Sigstore instance
 * (Fulcio certificate + RFC 3161 timestamp, no transparency log), and checked against a trusted
 * root the user supplies before a deployment.
 */
export const IN_TOTO_STATEMENT = "https://in-toto.io/Statement/v1";
export const SLSA_PROVENANCE = "https://slsa.dev/provenance/v1";
export const IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
const BUILD_TYPE = "https://actions.github.io/buildtypes/workflow/v1";

export interface AttestedRun {
  /** e.g. https://github.com */
  serverUrl: string;
  /** owner/name */
  repository: string;
  /** The workflow file's ref, e.g. `acme/churn/.github/workflows/ml-cd.yml@refs/heads/main`. */
  workflowRef: string;
  sha: string;
  runId: number;
  runAttempt: number;
  event: string;
}

export interface InTotoStatement {
  _type: string;
  subject: Array<{ name: string; digest: Record<string, string> }>;
  predicateType: string;
  predicate: unknown;
}

/** The statement for one file: its name and sha256, with provenance of the run. */
export function provenanceStatement(
  subject: { name: string; sha256: string },
  run: AttestedRun,
): InTotoStatement {
  const [workflowPath, ref] = splitWorkflowRef(run.workflowRef, run.repository);
  const repositoryUrl = `${run.serverUrl}/${run.repository}`;
  return {
    _type: IN_TOTO_STATEMENT,
    subject: [{ name: subject.name, digest: { sha256: subject.sha256 } }],
    predicateType: SLSA_PROVENANCE,
    predicate: {
      buildDefinition: {
        buildType: BUILD_TYPE,
        externalParameters: {
          workflow: { ref, repository: repositoryUrl, path: workflowPath },
        },
        internalParameters: { github: { event_name: run.event } },
        resolvedDependencies: [{ uri: `git+${repositoryUrl}@${ref}`, digest: { gitCommit: run.sha } }],
      },
      runDetails: {
        builder: { id: `${repositoryUrl}/${workflowPath}@${ref}` },
        metadata: {
          invocationId: `${repositoryUrl}/actions/runs/${run.runId}/attempts/${run.runAttempt}`,
        },
      },
    },
  };
}

function splitWorkflowRef(workflowRef: string, repository: string): [path: string, ref: string] {
  const withoutRepo = workflowRef.startsWith(`${repository}/`)
    ? workflowRef.slice(repository.length + 1)
    : workflowRef;
  const at = withoutRepo.indexOf("@");
  return at < 0 ? [withoutRepo, ""] : [withoutRepo.slice(0, at), withoutRepo.slice(at + 1)];
}

/** The runner's OIDC token (`permissions: id-token: write`), for audience `sigstore`. */
export function runnerIdentity(env: Record<string, string | undefined>): IdentityProvider {
  return {
    async getToken() {
      const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
      const token = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
      if (!url || !token)
        throw new ConfigError(
          "attesting needs the job's OIDC token: grant `permissions: id-token: write` to the register job",
          { field: "permissions.id-token" },
        );
      const request = new URL(url);
      request.searchParams.set("audience", "sigstore");
      const response = await fetch(request, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok)
        throw new GitHubError(`the runner's OIDC token endpoint answered ${response.status}`, {
          status: response.status,
        });
      const body = z.object({ value: z.string().check(z.minLength(1)) }).safeParse(await response.json());
      if (!body.success) throw new GitHubError("the runner's OIDC token endpoint answered no token");
      return body.data.value;
    },
  };
}

export interface SigningEndpoints {
  fulcioUrl: string;
  timestampUrl: string;
}

/** Signs the statement: a Sigstore bundle (v0.3, DSSE) as JSON, ready for the attestations API. */
export async function signStatement(
  statement: InTotoStatement,
  identity: IdentityProvider,
  endpoints: SigningEndpoints,
): Promise<Record<string, unknown>> {
  // Asked first so that a missing token fails with our message, not inside the signer.
  const token = await identity.getToken();
  const signer = new FulcioSigner({
    identityProvider: { getToken: async () => token },
    fulcioBaseURL: endpoints.fulcioUrl,
    retry: 1,
  });
  const builder = new DSSEBundleBuilder({
    signer,
    witnesses: [new TSAWitness({ tsaBaseURL: endpoints.timestampUrl, retry: 1 })],
  });
  try {
    const bundle = await builder.create({
      data: Buffer.from(JSON.stringify(statement)),
      type: IN_TOTO_PAYLOAD_TYPE,
    });
    return bundleToJSON(bundle) as unknown as Record<string, unknown>;
  } catch (error) {
    const cause = (error as { cause?: Error }).cause;
    throw new GitHubError(
      `signing the attestation (${endpoints.fulcioUrl}, ${endpoints.timestampUrl}) failed: ${(error as Error).message}${cause?.message ? `: ${cause.message}` : ""}`,
      { cause: error },
    );
  }
}

/** One or more trusted roots (`gh attestation trusted-root` writes one JSON document a line). */
export interface TrustedRoots {
  file: string;
  roots: TrustedRoot[];
}

const trustedRootDocument = z.looseObject({
  mediaType: z
    .string()
    .check(z.regex(/^application\/vnd\.dev\.sigstore\.trustedroot/, "a Sigstore trusted root")),
  certificateAuthorities: z.array(z.unknown()).check(z.minLength(1, "at least one certificate authority")),
});

/** Parses a trusted root file: one JSON document, or one a line (JSON Lines). */
export function parseTrustedRoots(text: string, file: string): TrustedRoots {
  const whole = text.trim();
  const documents: Array<{ text: string; line: number }> = [];
  if (whole.startsWith("{") && isJson(whole)) documents.push({ text: whole, line: 1 });
  else
    text.split("\n").forEach((line, index) => {
      if (line.trim()) documents.push({ text: line, line: index + 1 });
    });
  if (documents.length === 0) throw new ConfigError("empty: expected a Sigstore trusted root", { file });
  const roots = documents.map(({ text: json, line }) => {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new ConfigError(`not JSON: ${(error as Error).message}`, { file, line });
    }
    const parsed = trustedRootDocument.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ConfigError(`expected a Sigstore trusted root (${issue?.message})`, {
        file,
        line,
        field: issue?.path.join(".") ?? "",
      });
    }
    try {
      return TrustedRoot.fromJSON(parsed.data);
    } catch (error) {
      throw new ConfigError(`not a Sigstore trusted root: ${(error as Error).message}`, { file, line });
    }
  });
  return { file, roots };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export interface AttestationPolicy {
  /** The signer's certificate identity (its URI SAN) must match this in full. */
  identity: RegExp;
  /** The OIDC issuer recorded in the certificate. */
  issuer: string;
}

/** What a deployment accepts by default: any workflow of this repository, signed on GitHub Actions. */
export function repositoryPolicy(serverUrl: string, repository: string, issuer = GITHUB_ACTIONS_ISSUER) {
  const escaped = `${serverUrl.replace(/\/+$/, "")}/${repository}/.github/workflows/`.replace(
    /[.*+?^${}()|[\]\\]/g,
    "\\$&",
  );
  return { identity: new RegExp(`^${escaped}[^@]+@.+$`), issuer };
}

export type AttestationVerdict =
  | { ok: true; signer: string; statement: InTotoStatement }
  | { ok: false; reason: string };

/**
 * Checks one bundle: its signature and timestamp against the trusted roots, the certificate's
 * identity and issuer against the policy, and that the signed statement names `sha256`.
 */
export function verifyAttestation(
  bundleJson: unknown,
  subject: { sha256: string },
  trusted: TrustedRoots,
  policy: AttestationPolicy,
): AttestationVerdict {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(bundleJson);
  } catch (error) {
    return { ok: false, reason: `not a Sigstore bundle: ${(error as Error).message}` };
  }
  let identity: { san: string; issuer: string } | undefined;
  const failures: string[] = [];
  for (const root of trusted.roots) {
    try {
      const verifier = new Verifier(toTrustMaterial(root), {
        tlogThreshold: 0,
        ctlogThreshold: 0,
        timestampThreshold: 1,
      });
      const signer = verifier.verify(toSignedEntity(bundle));
      identity = {
        san: signer.identity?.subjectAlternativeName ?? "",
        issuer: signer.identity?.extensions?.issuer ?? "",
      };
      break;
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  if (!identity)
    return {
      ok: false,
      reason: `its signature does not verify against the trusted root ${trusted.file} (${[...new Set(failures)].join("; ")})`,
    };
  if (!policy.identity.test(identity.san))
    return {
      ok: false,
      reason: `it was signed by ${identity.san || "an unnamed identity"}, which does not match ${policy.identity.source}`,
    };
  if (identity.issuer !== policy.issuer)
    return {
      ok: false,
      reason: `its certificate was issued for ${identity.issuer || "no issuer"}, not ${policy.issuer}`,
    };

  const envelope = bundle.content.$case === "dsseEnvelope" ? bundle.content.dsseEnvelope : undefined;
  if (!envelope || envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    return { ok: false, reason: "it holds no in-toto statement" };
  let statement: InTotoStatement;
  try {
    statement = JSON.parse(envelope.payload.toString("utf8")) as InTotoStatement;
  } catch {
    return { ok: false, reason: "its statement is not JSON" };
  }
  const digests = Array.isArray(statement.subject) ? statement.subject.map((s) => s?.digest?.sha256) : [];
  if (!digests.includes(subject.sha256))
    return {
      ok: false,
      reason: `its statement is about sha256:${digests[0] ?? "nothing"}, not sha256:${subject.sha256}`,
    };
  return { ok: true, signer: identity.san, statement };
}
