export const id = 206;
export const ids = [206];
export const modules = {

/***/ 206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  requireAttestations: () => (/* binding */ requireAttestations)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(88115);
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
var version_files = __webpack_require__(22147);
// EXTERNAL MODULE: ./lib/registry/attestation.ts
var registry_attestation = __webpack_require__(7714);
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
        : (0,registry_attestation/* repositoryPolicy */.tN)(context.serverUrl, `${repo.owner}/${repo.repo}`, input["attestation-issuer"]);
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
                const verdict = (0,registry_attestation/* verifyAttestation */.oe)(attestation.bundle, asset, trusted, policy);
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
    return (0,registry_attestation/* parseTrustedRoots */.uE)(text, file);
}


/***/ })

};
