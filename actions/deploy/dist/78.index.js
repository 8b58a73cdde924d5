export const id = 78;
export const ids = [78];
export const modules = {

/***/ 6078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  requireAttestations: () => (/* binding */ requireAttestations)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
;// CONCATENATED MODULE: ./lib/github/attestations.ts
/**
 * The attestations stored for `sha256` in this repository (GitHub answers 404 when there are
 * none), newest first as GitHub lists them.
 */
async function listAttestations(github, repo, sha256) {
    const found = [];
    let after;
    for (let page = 0; page < 10; page++) {
        let response;
        try {
            response = await github.rest.repos.listAttestations({
                ...repo,
                subject_digest: `sha256:${sha256}`,
                per_page: 100,
                ...(after ? { after } : {}),
            });
        }
        catch (error) {
            if (error.status === 404)
                return found;
            throw error;
        }
        for (const attestation of response.data.attestations ?? [])
            found.push({ bundle: attestation.bundle, repositoryId: attestation.repository_id });
        after = nextCursor(response.headers.link);
        if (!after)
            break;
    }
    return found;
}
/** Stores a signed bundle with the repository; its id. */
async function createAttestation(github, repo, bundle) {
    const { data } = await github.rest.repos.createAttestation({
        ...repo,
        bundle: bundle,
    });
    return data.id ?? 0;
}
function nextCursor(link) {
    const next = link?.split(",").find((part) => /rel="next"/.test(part));
    const url = next ? /<([^>]+)>/.exec(next)?.[1] : undefined;
    return url ? (new URL(url).searchParams.get("after") ?? undefined) : undefined;
}

// EXTERNAL MODULE: ./lib/github/version-files.ts + 4 modules
var version_files = __webpack_require__(2147);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(9654);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(5179);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
// EXTERNAL MODULE: ./lib/zod.ts + 16 modules
var zod = __webpack_require__(6796);
// EXTERNAL MODULE: ./lib/registry/attestation-endpoints.ts
var attestation_endpoints = __webpack_require__(5661);
;// CONCATENATED MODULE: ./lib/registry/attestation.ts







/**
 * Artifact attestations of model files (see README, "Attest model files"): an in-toto statement
 * whose subject is a file's sha256 and whose predicate is SLSA provenance of the run that
 * registered it, signed keylessly with the runner's OIDC token by GitHub's Sigstore instance
 * (Fulcio certificate + RFC 3161 timestamp, no transparency log), and checked against a trusted
 * root the user supplies before a deployment.
 */
const IN_TOTO_STATEMENT = "https://in-toto.io/Statement/v1";
const SLSA_PROVENANCE = "https://slsa.dev/provenance/v1";
const IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
const BUILD_TYPE = "https://actions.github.io/buildtypes/workflow/v1";
/** The statement for one file: its name and sha256, with provenance of the run. */
function provenanceStatement(subject, run) {
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
function splitWorkflowRef(workflowRef, repository) {
    const withoutRepo = workflowRef.startsWith(`${repository}/`)
        ? workflowRef.slice(repository.length + 1)
        : workflowRef;
    const at = withoutRepo.indexOf("@");
    return at < 0 ? [withoutRepo, ""] : [withoutRepo.slice(0, at), withoutRepo.slice(at + 1)];
}
/** The runner's OIDC token (`permissions: id-token: write`), for audience `sigstore`. */
function runnerIdentity(env) {
    return {
        async getToken() {
            const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
            const token = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
            if (!url || !token)
                throw new ConfigError("attesting needs the job's OIDC token: grant `permissions: id-token: write` to the register job", { field: "permissions.id-token" });
            const request = new URL(url);
            request.searchParams.set("audience", "sigstore");
            const response = await fetch(request, { headers: { authorization: `Bearer ${token}` } });
            if (!response.ok)
                throw new GitHubError(`the runner's OIDC token endpoint answered ${response.status}`, {
                    status: response.status,
                });
            const body = z.object({ value: z.string().check(z.minLength(1)) }).safeParse(await response.json());
            if (!body.success)
                throw new GitHubError("the runner's OIDC token endpoint answered no token");
            return body.data.value;
        },
    };
}
/** Signs the statement: a Sigstore bundle (v0.3, DSSE) as JSON, ready for the attestations API. */
async function signStatement(statement, identity, endpoints) {
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
        return bundleToJSON(bundle);
    }
    catch (error) {
        const cause = error.cause;
        throw new GitHubError(`signing the attestation (${endpoints.fulcioUrl}, ${endpoints.timestampUrl}) failed: ${error.message}${cause?.message ? `: ${cause.message}` : ""}`, { cause: error });
    }
}
const trustedRootDocument = zod/* looseObject */._H3({
    mediaType: zod/* string */.YjP()
        .check(zod/* regex */.yGV(/^application\/vnd\.dev\.sigstore\.trustedroot/, "a Sigstore trusted root")),
    certificateAuthorities: zod/* array */.YOg(zod/* unknown */.L5J()).check(zod/* minLength */.BpQ(1, "at least one certificate authority")),
});
/** Parses a trusted root file: one JSON document, or one a line (JSON Lines). */
function parseTrustedRoots(text, file) {
    const whole = text.trim();
    const documents = [];
    if (whole.startsWith("{") && isJson(whole))
        documents.push({ text: whole, line: 1 });
    else
        text.split("\n").forEach((line, index) => {
            if (line.trim())
                documents.push({ text: line, line: index + 1 });
        });
    if (documents.length === 0)
        throw new errors/* ConfigError */.xL("empty: expected a Sigstore trusted root", { file });
    const roots = documents.map(({ text: json, line }) => {
        let value;
        try {
            value = JSON.parse(json);
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(`not JSON: ${error.message}`, { file, line });
        }
        const parsed = trustedRootDocument.safeParse(value);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new errors/* ConfigError */.xL(`expected a Sigstore trusted root (${issue?.message})`, {
                file,
                line,
                field: issue?.path.join(".") ?? "",
            });
        }
        try {
            return protobuf_specs_dist.TrustedRoot.fromJSON(parsed.data);
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(`not a Sigstore trusted root: ${error.message}`, { file, line });
        }
    });
    return { file, roots };
}
function isJson(text) {
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}
/** What a deployment accepts by default: any workflow of this repository, signed on GitHub Actions. */
function repositoryPolicy(serverUrl, repository, issuer = attestation_endpoints/* GITHUB_ACTIONS_ISSUER */.qQ) {
    const escaped = `${serverUrl.replace(/\/+$/, "")}/${repository}/.github/workflows/`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return { identity: new RegExp(`^${escaped}[^@]+@.+$`), issuer };
}
/**
 * Checks one bundle: its signature and timestamp against the trusted roots, the certificate's
 * identity and issuer against the policy, and that the signed statement names `sha256`.
 */
function verifyAttestation(bundleJson, subject, trusted, policy) {
    let bundle;
    try {
        bundle = (0,dist.bundleFromJSON)(bundleJson);
    }
    catch (error) {
        return { ok: false, reason: `not a Sigstore bundle: ${error.message}` };
    }
    let identity;
    const failures = [];
    for (const root of trusted.roots) {
        try {
            const verifier = new verify_dist/* Verifier */.BL((0,verify_dist/* toTrustMaterial */.jO)(root), {
                tlogThreshold: 0,
                ctlogThreshold: 0,
                timestampThreshold: 1,
            });
            const signer = verifier.verify((0,verify_dist/* toSignedEntity */.DC)(bundle));
            identity = {
                san: signer.identity?.subjectAlternativeName ?? "",
                issuer: signer.identity?.extensions?.issuer ?? "",
            };
            break;
        }
        catch (error) {
            failures.push(error.message);
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
    let statement;
    try {
        statement = JSON.parse(envelope.payload.toString("utf8"));
    }
    catch {
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

;// CONCATENATED MODULE: ./actions/deploy/attestations.ts






/**
 * With `require-attestation: true`, every file of every version to be deployed needs an
 * attestation in this repository that verifies against the trusted root, signed by a workflow
 * the policy accepts, about that file's sha256 (the digest the fetch checks the bytes against
 * later). Runs before the rollout: a refusal touches nothing.
 */
async function requireAttestations(github, repo, changes, input, context, onLine) {
    if (!input["require-attestation"])
        return;
    const trusted = await readTrustedRoot(input["trusted-root"], context.workspace);
    const policy = input["attestation-identity"]
        ? { identity: new RegExp(input["attestation-identity"]), issuer: input["attestation-issuer"] }
        : repositoryPolicy(context.serverUrl, `${repo.owner}/${repo.repo}`, input["attestation-issuer"]);
    const versions = new Map();
    for (const change of changes)
        if (change.to !== undefined)
            versions.set(`${change.model}@${change.to}`, { model: change.model, version: change.to });
    for (const { model, version } of versions.values()) {
        const { metadata } = await (0,version_files/* readVersionMetadata */.ij)(github, repo, model, version);
        for (const asset of metadata.assets) {
            const found = await listAttestations(github, repo, asset.sha256);
            const refusals = [];
            let signer;
            for (const attestation of found) {
                const verdict = verifyAttestation(attestation.bundle, asset, trusted, policy);
                if (verdict.ok) {
                    signer = verdict.signer;
                    break;
                }
                refusals.push(verdict.reason);
            }
            const what = `${model} v${version}: ${asset.name} (sha256:${asset.sha256})`;
            if (!signer)
                throw new errors/* PolicyError */.pn(found.length === 0
                    ? `refusing to deploy ${what}: it has no attestation in ${repo.owner}/${repo.repo} (register it with attest: true), and require-attestation is on; nothing was touched`
                    : `refusing to deploy ${what}: none of its ${found.length} attestation(s) holds (${refusals.join("; ")}); nothing was touched`);
            onLine(`attestation verified: ${what}, signed by ${signer}`);
        }
    }
}
async function readTrustedRoot(file, workspace) {
    if (!file)
        throw new errors/* ConfigError */.xL("require-attestation needs trusted-root: the file `gh attestation trusted-root` writes", { field: "trusted-root" });
    const text = await promises_default().readFile(external_node_path_default().resolve(workspace, file), "utf8").catch((error) => {
        throw new errors/* ConfigError */.xL(`cannot read the trusted root: ${error.message}`, { file, field: "trusted-root" });
    });
    return parseTrustedRoots(text, file);
}


/***/ })

};
