export const id = 142;
export const ids = [142];
export const modules = {

/***/ 4142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runProfileCommand: () => (/* binding */ runProfileCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _lib_drift_profile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6327);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8115);
/* harmony import */ var _lib_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2511);
/* harmony import */ var _lib_schema_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7953);







const HELP = `Usage: trainyard profile <data file|dir|glob>... [--schema <file>] [-o <file>]

Writes the data's profile as JSON: per feature its count, missing values, mean, standard
deviation, range, and its distinct values with their counts (few values) or a quantile sketch
(many); per category a frequency table. "trainyard drift" takes it as the reference, so drift
can be checked later without the data.

Options:
  --schema <file>      Column types and missing values (a Table Schema); else inferred
  -o, --output <file>  Write the profile there (default: print it)
  -h, --help           Show this help

Exit status: 0 written, 1 a data error, 2 a usage or configuration error.`;
async function runProfileCommand(argv) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            schema: { type: "string" },
            output: { type: "string", short: "o" },
            help: { type: "boolean", short: "h", default: false },
        },
    });
    if (values.help) {
        console.log(HELP);
        return 0;
    }
    if (positionals.length === 0)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL("name at least one data file, directory or glob");
    const cwd = process.cwd();
    const schema = values.schema ? await (0,_lib_schema_load_js__WEBPACK_IMPORTED_MODULE_5__/* .loadTableSchema */ .yE)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, values.schema)) : undefined;
    const profile = await (0,_lib_drift_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .buildDataProfile */ .Wk)(positionals, { cwd, ...(schema ? { schema } : {}) });
    const text = `${JSON.stringify(profile)}\n`;
    if (values.output) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, values.output), text);
        console.error(`profile of ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_6__/* .thousands */ .o)(profile.rows)} rows, ${profile.features.length} features written to ${values.output}`);
    }
    else
        process.stdout.write(text);
    return 0;
}


/***/ })

};
