import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../../lib/errors.ts";
import { createAttestation, listAttestations } from "../../../lib/github/attestations.ts";
import {
  parseTrustedRoots,
  provenanceStatement,
  repositoryPolicy,
  runnerIdentity,
  signStatement,
  type TrustedRoots,
  verifyAttestation,
} from "../../../lib/registry/attestation.ts";
import { GITHUB_ACTIONS_ISSUER } from "../../../lib/registry/attestation-endpoints.ts";
import { clientFor, useSandbox } from "../../helpers/sandbox.ts";
import { type SigstoreStandIns, startSigstoreStandIns } from "../../helpers/sigstore-stand-ins.ts";

/**
 * Attestations signed for real (ECDSA keys, X.509 certificates, RFC 3161 timestamps) by loopback
 * stand-ins of the runner's token endpoint, Fulcio and the timestamp authority, then checked with
 * @sigstore/verify against the stand-ins' trusted root, as a deploy job checks them.
 */
const RUN = {
  serverUrl: "https://github.com",
  repository: "acme/churn",
  workflowRef: "acme/churn/.github/workflows/ml-cd.yml@refs/heads/main",
  sha: "a".repeat(40),
  runId: 42,
  runAttempt: 1,
  event: "push",
};
const MODEL = { name: "model.json", sha256: "ab".repeat(32) };

let stand: SigstoreStandIns;
let rogue: SigstoreStandIns;
let trusted: TrustedRoots;
let bundle: Record<string, unknown>;

beforeAll(async () => {
  [stand, rogue] = await Promise.all([
    startSigstoreStandIns({ workflowRef: RUN.workflowRef }),
    startSigstoreStandIns({ workflowRef: RUN.workflowRef }),
  ]);
  trusted = parseTrustedRoots(JSON.stringify(stand.trustedRoot), "trusted-root.jsonl");
  bundle = await signStatement(provenanceStatement(MODEL, RUN), runnerIdentity(stand.runnerEnv), {
    fulcioUrl: stand.url,
    timestampUrl: stand.url,
  });
}, 30_000);
afterAll(async () => {
  await Promise.all([stand?.close(), rogue?.close()]);
});

const policy = repositoryPolicy(RUN.serverUrl, RUN.repository);

describe("attestations of model files", () => {
  it("signs a provenance statement with the runner's token and verifies it for the file's digest", () => {
    expect(stand.audiences).toEqual(["sigstore"]);
    expect(bundle.mediaType).toBe("application/vnd.dev.sigstore.bundle.v0.3+json");
    const verdict = verifyAttestation(bundle, MODEL, trusted, policy);
    expect(verdict).toMatchObject({
      ok: true,
      signer: "https://github.com/acme/churn/.github/workflows/ml-cd.yml@refs/heads/main",
    });
    if (!verdict.ok) return;
    expect(verdict.statement.subject).toEqual([{ name: "model.json", digest: { sha256: MODEL.sha256 } }]);
    expect(verdict.statement.predicateType).toBe("https://slsa.dev/provenance/v1");
    expect(verdict.statement.predicate).toMatchObject({
      buildDefinition: {
        externalParameters: {
          workflow: {
            repository: "https://github.com/acme/churn",
            path: ".github/workflows/ml-cd.yml",
            ref: "refs/heads/main",
          },
        },
        resolvedDependencies: [{ digest: { gitCommit: RUN.sha } }],
      },
      runDetails: { metadata: { invocationId: "https://github.com/acme/churn/actions/runs/42/attempts/1" } },
    });
  });

  it("refuses another repository's identity, another issuer, another digest and a tampered statement", () => {
    expect(
      verifyAttestation(bundle, MODEL, trusted, repositoryPolicy("https://github.com", "acme/other")),
    ).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /signed by https:\/\/github\.com\/acme\/churn\/\.github\/workflows\/ml-cd\.yml@refs\/heads\/main, which does not match/,
      ),
    });
    const pinned = {
      identity: /^https:\/\/github\.com\/acme\/churn\/\.github\/workflows\/release\.yml@.+$/,
      issuer: GITHUB_ACTIONS_ISSUER,
    };
    expect(verifyAttestation(bundle, MODEL, trusted, pinned).ok).toBe(false);
    expect(verifyAttestation(bundle, MODEL, trusted, { ...policy, issuer: "https://gitlab.com" })).toEqual({
      ok: false,
      reason: `its certificate was issued for ${GITHUB_ACTIONS_ISSUER}, not https://gitlab.com`,
    });
    expect(verifyAttestation(bundle, { sha256: "cd".repeat(32) }, trusted, policy)).toEqual({
      ok: false,
      reason: `its statement is about sha256:${MODEL.sha256}, not sha256:${"cd".repeat(32)}`,
    });
    const envelope = bundle.dsseEnvelope as { payload: string };
    const forged = JSON.parse(Buffer.from(envelope.payload, "base64").toString("utf8"));
    forged.subject[0].digest.sha256 = "cd".repeat(32);
    const tampered = {
      ...bundle,
      dsseEnvelope: { ...envelope, payload: Buffer.from(JSON.stringify(forged)).toString("base64") },
    };
    const verdict = verifyAttestation(tampered, { sha256: "cd".repeat(32) }, trusted, policy);
    expect(verdict).toMatchObject({
      ok: false,
      reason: expect.stringContaining("does not verify against the trusted root trusted-root.jsonl"),
    });
  });

  it("refuses a bundle signed by a CA the trusted root does not hold, and accepts it with that root", async () => {
    const foreign = await signStatement(provenanceStatement(MODEL, RUN), runnerIdentity(rogue.runnerEnv), {
      fulcioUrl: rogue.url,
      timestampUrl: rogue.url,
    });
    expect(verifyAttestation(foreign, MODEL, trusted, policy)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("does not verify against the trusted root"),
    });
    // `gh attestation trusted-root` writes one root a line: each is tried.
    const both = parseTrustedRoots(
      `${JSON.stringify(stand.trustedRoot)}\n${JSON.stringify(rogue.trustedRoot)}\n`,
      "roots.jsonl",
    );
    expect(verifyAttestation(foreign, MODEL, both, policy).ok).toBe(true);
    expect(verifyAttestation({ mediaType: "nonsense" }, MODEL, both, policy)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("not a Sigstore bundle"),
    });
  });

  it("names the file and line of a trusted root that is not one", () => {
    expect(() =>
      parseTrustedRoots(`${JSON.stringify(stand.trustedRoot)}\n{"mediaType": "x"}\n`, "root.jsonl"),
    ).toThrow(ConfigError);
    expect(() =>
      parseTrustedRoots(`${JSON.stringify(stand.trustedRoot)}\n{"mediaType": "x"}\n`, "root.jsonl"),
    ).toThrow(/root\.jsonl:2.*mediaType.*a Sigstore trusted root/);
    expect(() => parseTrustedRoots("", "empty.json")).toThrow(/empty\.json.*empty/);
  });

  it("refuses to sign without the job's OIDC token, saying which permission is missing", async () => {
    await expect(
      signStatement(provenanceStatement(MODEL, RUN), runnerIdentity({}), {
        fulcioUrl: stand.url,
        timestampUrl: stand.url,
      }),
    ).rejects.toThrow(/id-token: write/);
  });

  it("stores attestations with the repository and lists them by subject digest (sandbox)", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const acme = clientFor(sandbox, sandbox.world.issueToken("acme"));
    const repo = { owner: "acme", repo: "churn" };
    expect(await listAttestations(acme, repo, MODEL.sha256)).toEqual([]);
    const id = await createAttestation(acme, repo, bundle);
    expect(id).toBeGreaterThan(0);
    const listed = await listAttestations(acme, repo, MODEL.sha256);
    expect(listed).toHaveLength(1);
    expect(verifyAttestation(listed[0]?.bundle, MODEL, trusted, policy).ok).toBe(true);
    expect(await listAttestations(acme, repo, "cd".repeat(32))).toEqual([]);
    const reader = clientFor(
      sandbox,
      sandbox.world.issueToken("acme", { kind: "actions", permissions: { contents: "write" } }),
    );
    await expect(createAttestation(reader, repo, bundle)).rejects.toMatchObject({ status: 403 });
  });
});
