export const id = 8;
export const ids = [8];
export const modules = {

/***/ 5008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSandboxCommand: () => (/* binding */ runSandboxCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);
/* harmony import */ var _sandbox_server_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2226);



const HELP = `Usage: trainyard sandbox [options]

Starts a local stand-in for GitHub's REST API on 127.0.0.1 and prints its URL and a token, so the
Trainyard actions, bot and CLI can be tried without a GitHub account.

Options:
  --port <n>          Port to listen on (default: any free port)
  --state <file>      Load state from this JSON file if it exists, and save every change to it
  --user <login>      The user to issue a token for (default: octocat)
  --repo <owner/name> Create this repository if it does not exist
  --contract          Check every request and response against GitHub's OpenAPI description
                      (needs the @octokit/openapi package installed)
  -h, --help          Show this help`;
async function runSandboxCommand(argv) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: argv,
        options: {
            port: { type: "string" },
            state: { type: "string" },
            user: { type: "string", default: "octocat" },
            repo: { type: "string" },
            contract: { type: "boolean", default: false },
            help: { type: "boolean", short: "h", default: false },
        },
        strict: true,
    });
    if (values.help) {
        console.log(HELP);
        return 0;
    }
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
    if (values.repo !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(values.repo))
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`--repo must be owner/name, got "${values.repo}"`);
    const sandbox = await (0,_sandbox_server_js__WEBPACK_IMPORTED_MODULE_2__/* .startSandbox */ .O)({
        port,
        contract: values.contract,
        ...(values.state ? { state: values.state } : {}),
        log: (line) => console.error(line),
    });
    const token = sandbox.world.issueToken(values.user);
    if (values.repo)
        sandbox.world.createRepo(values.repo);
    console.log(`Trainyard sandbox: GitHub's REST API on ${sandbox.url}`);
    console.log(`  token for ${values.user}: ${token}`);
    for (const repo of Object.values(sandbox.world.state.repos))
        console.log(`  repository: ${repo.owner}/${repo.name}`);
    if (values.state)
        console.log(`  state: ${values.state} (saved on every change)`);
    if (values.contract)
        console.log("  contract: every request and response is checked against GitHub's OpenAPI description");
    console.log(`Use it as Octokit's baseUrl, or as GITHUB_API_URL for an action. Ctrl-C stops it.`);
    await new Promise((resolve) => {
        const stop = () => resolve();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
    });
    await sandbox.close();
    return 0;
}


/***/ })

};
