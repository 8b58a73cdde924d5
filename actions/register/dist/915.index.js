export const id = 915;
export const ids = [915];
export const modules = {

/***/ 56915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attestFiles: () => (/* binding */ attestFiles),
  attestRequest: () => (/* binding */ attestRequest)
});

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

// EXTERNAL MODULE: ./lib/registry/attestation.ts
var attestation = __webpack_require__(7714);
;// CONCATENATED MODULE: ./actions/register/attest.ts


/** What signing needs, from the job: its run, its OIDC token, GitHub's Sigstore endpoints. */
function attestRequest(context, input, env) {
    return {
        run: {
            serverUrl: context.serverUrl,
            repository: `${context.owner}/${context.repo}`,
            workflowRef: context.workflowRef,
            sha: context.sha,
            runId: context.runId,
            runAttempt: context.runAttempt,
            event: context.eventName,
        },
        identity: (0,attestation/* runnerIdentity */.LF)(env),
        endpoints: { fulcioUrl: input["fulcio-url"], timestampUrl: input["timestamp-url"] },
    };
}
/**
 * Attests each model file once: a file whose digest the repository holds an attestation for
 * already (an earlier run's, or the same bytes in an earlier version) gets no second one.
 */
async function attestFiles(github, repo, files, request, onLine) {
    const entries = [];
    for (const file of files) {
        const existing = await listAttestations(github, repo, file.sha256);
        if (existing.length > 0) {
            onLine(`${file.name} (sha256:${file.sha256.slice(0, 12)}…) is attested already: no new attestation`);
            entries.push({ asset: file.name, sha256: file.sha256 });
            continue;
        }
        const bundle = await (0,attestation/* signStatement */.fT)((0,attestation/* provenanceStatement */.D2)(file, request.run), request.identity, request.endpoints);
        const id = await createAttestation(github, repo, bundle);
        const url = `${request.run.serverUrl}/${repo.owner}/${repo.repo}/attestations/${id}`;
        onLine(`attested ${file.name} (sha256:${file.sha256.slice(0, 12)}…): ${url}`);
        entries.push({ asset: file.name, sha256: file.sha256, id, url });
    }
    return entries;
}


/***/ })

};
