import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  createAppAuth,
  createOAuthUserAuth
} from "./chunk-5W5JQ4TE.js";
export {
  createAppAuth,
  createOAuthUserAuth
};
