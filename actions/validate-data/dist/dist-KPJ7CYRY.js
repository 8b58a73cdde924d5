import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);
import {
  convertPathToPattern,
  escapePath,
  glob,
  globSync,
  isDynamicPattern
} from "./chunk-IXB4MZRM.js";
import "./chunk-UZK6EP4C.js";
export {
  convertPathToPattern,
  escapePath,
  glob,
  globSync,
  isDynamicPattern
};
