import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Stand-ins for what signs an attestation on GitHub, on loopback, built on the `openssl` CLI:
 * - the runner's OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN), whose tokens carry the
 *   job's `job_workflow_ref` and issuer as GitHub's do;
 * - a Fulcio-like CA (`POST /api/v2/signingCert`) that, like Fulcio, takes the identity from the
 *   token: a short-lived certificate with URI SAN `<server>/<job_workflow_ref>` and the issuer
 *   extension (OID 1.3.6.1.4.1.57264.1.8);
 * - an RFC 3161 timestamp authority (`POST /api/v1/timestamp`) via `openssl ts -reply`.
 * `trustedRoot` is the Sigstore trusted root a verifier needs to accept what they sign.
 */
export interface SigstoreStandIns {
  url: string;
  /** The runner's environment for the OIDC token. */
  runnerEnv: Record<string, string>;
  trustedRoot: Record<string, unknown>;
  /** Audiences the token endpoint was asked for, in order. */
  audiences: string[];
  close(): Promise<void>;
}

export interface StandInOptions {
  serverUrl?: string;
  /** `owner/repo/.github/workflows/<file>@<ref>`, as GitHub puts in the token. */
  workflowRef: string;
  issuer?: string;
}

const CA_EXTENSIONS = `[req]
distinguished_name=dn
[dn]
[ca]
basicConstraints=critical,CA:TRUE
keyUsage=critical,keyCertSign,cRLSign
subjectKeyIdentifier=hash
[tsa]
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=critical,timeStamping
`;

const TSA_CONFIG = `[tsa]
default_tsa=tsa_config
[tsa_config]
serial=./tsaserial
signer_digest=sha256
digests=sha256
default_policy=1.2.3.4.1
accuracy=secs:1
ess_cert_id_alg=sha256
`;

export async function startSigstoreStandIns(options: StandInOptions): Promise<SigstoreStandIns> {
  const serverUrl = options.serverUrl ?? "https://github.com";
  const issuer = options.issuer ?? "https://token.actions.githubusercontent.com";
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "trainyard-sigstore-"));
  const at = (name: string) => path.join(dir, name);
  await fs.writeFile(at("ca.cnf"), CA_EXTENSIONS);
  await fs.writeFile(at("ts.cnf"), TSA_CONFIG);
  await fs.writeFile(at("tsaserial"), "01\n");
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"];
  await run("openssl", [
    "req",
    "-x509",
    ...ec,
    "-keyout",
    at("ca.key"),
    "-out",
    at("ca.pem"),
    "-subj",
    "/O=trainyard-test/CN=test fulcio",
    "-days",
    "2",
    "-config",
    at("ca.cnf"),
    "-extensions",
    "ca",
  ]);
  await run("openssl", [
    "req",
    "-new",
    ...ec,
    "-keyout",
    at("tsa.key"),
    "-out",
    at("tsa.csr"),
    "-subj",
    "/O=trainyard-test/CN=test tsa",
    "-config",
    at("ca.cnf"),
  ]);
  await run("openssl", [
    "x509",
    "-req",
    "-in",
    at("tsa.csr"),
    "-CA",
    at("ca.pem"),
    "-CAkey",
    at("ca.key"),
    "-CAcreateserial",
    "-days",
    "2",
    "-extfile",
    at("ca.cnf"),
    "-extensions",
    "tsa",
    "-out",
    at("tsa.pem"),
  ]);
  const caPem = await fs.readFile(at("ca.pem"), "utf8");
  const tsaPem = await fs.readFile(at("tsa.pem"), "utf8");
  const requestToken = crypto.randomBytes(16).toString("hex");
  const audiences: string[] = [];
  let serial = 0;

  const server = http.createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      if (url.pathname === "/token") {
        if (req.headers.authorization !== `Bearer ${requestToken}`)
          return answer(res, 401, { message: "bad token" });
        audiences.push(url.searchParams.get("audience") ?? "");
        const claims = {
          iss: issuer,
          sub: `repo:${options.workflowRef.split("/").slice(0, 2).join("/")}`,
          aud: url.searchParams.get("audience"),
          job_workflow_ref: options.workflowRef,
        };
        const jwt = [{ alg: "none" }, claims].map((part) =>
          Buffer.from(JSON.stringify(part)).toString("base64url"),
        );
        return answer(res, 200, { value: `${jwt.join(".")}.` });
      }
      const id = ++serial;
      if (url.pathname === "/api/v2/signingCert" && req.method === "POST") {
        const request = JSON.parse(body.toString("utf8"));
        const token = String(request.credentials?.oidcIdentityToken ?? "");
        const claims = JSON.parse(
          Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8") || "{}",
        );
        if (!claims.job_workflow_ref) return answer(res, 401, { message: "no identity in the token" });
        const san = `${serverUrl}/${claims.job_workflow_ref}`;
        await fs.writeFile(at(`req-${id}.pub`), request.publicKeyRequest.publicKey.content);
        await fs.writeFile(
          at(`leaf-${id}.cnf`),
          `[leaf]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=codeSigning\nsubjectAltName=critical,URI:${san}\n1.3.6.1.4.1.57264.1.8=ASN1:UTF8String:${claims.iss}\n`,
        );
        const { stdout: leaf } = await run("openssl", [
          "x509",
          "-new",
          "-force_pubkey",
          at(`req-${id}.pub`),
          "-subj",
          "/",
          "-CA",
          at("ca.pem"),
          "-CAkey",
          at("ca.key"),
          "-days",
          "1",
          "-extfile",
          at(`leaf-${id}.cnf`),
          "-extensions",
          "leaf",
        ]);
        return answer(res, 201, { signedCertificateEmbeddedSct: { chain: { certificates: [leaf, caPem] } } });
      }
      if (url.pathname === "/api/v1/timestamp" && req.method === "POST") {
        const request = JSON.parse(body.toString("utf8"));
        const hex = Buffer.from(request.artifactHash, "base64").toString("hex");
        await run("openssl", ["ts", "-query", "-digest", hex, "-sha256", "-cert", "-out", at(`q-${id}.tsq`)]);
        await run(
          "openssl",
          [
            "ts",
            "-reply",
            "-queryfile",
            at(`q-${id}.tsq`),
            "-inkey",
            at("tsa.key"),
            "-signer",
            at("tsa.pem"),
            "-chain",
            at("ca.pem"),
            "-config",
            at("ts.cnf"),
            "-out",
            at(`t-${id}.der`),
          ],
          { cwd: dir },
        );
        res.writeHead(200, { "content-type": "application/timestamp-reply" });
        return res.end(await fs.readFile(at(`t-${id}.der`)));
      }
      return answer(res, 404, { message: "Not Found" });
    })().catch((error: Error) => answer(res, 500, { message: error.message }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const der = (pem: string) => new crypto.X509Certificate(pem).raw.toString("base64");
  const validFor = { start: new Date(Date.now() - 3_600_000).toISOString() };
  return {
    url,
    runnerEnv: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    },
    audiences,
    trustedRoot: {
      mediaType: "application/vnd.dev.sigstore.trustedroot+json;version=0.1",
      tlogs: [],
      ctlogs: [],
      certificateAuthorities: [
        {
          subject: { organization: "trainyard-test", commonName: "test fulcio" },
          uri: url,
          certChain: { certificates: [{ rawBytes: der(caPem) }] },
          validFor,
        },
      ],
      timestampAuthorities: [
        {
          subject: { organization: "trainyard-test", commonName: "test tsa" },
          uri: url,
          certChain: { certificates: [{ rawBytes: der(tsaPem) }, { rawBytes: der(caPem) }] },
          validFor,
        },
      ],
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

function answer(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
