import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createSign, randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * A real OCI registry for tests: Debian's `docker-registry` (distribution 2.8) on 127.0.0.1 with a
 * temporary config and filesystem storage, optionally behind Basic auth (htpasswd) or token auth
 * (a small token service here issues the JWTs the registry trusts through a self-signed certificate).
 */

export const REGISTRY_BINARY = "/usr/bin/docker-registry";
const PYTHON = "/usr/bin/python3";

export type OciRegistryAuth =
  | { kind: "none" }
  | { kind: "htpasswd"; username: string; password: string }
  | { kind: "token"; username: string; password: string };

/** One request the token service answered. */
export interface TokenRequest {
  /** The user name of the Basic credentials sent, if any. */
  username: string | undefined;
  service: string | null;
  scopes: string[];
  /** The status answered: 200 with a token, 401 for missing or wrong credentials. */
  status: number;
}

export interface OciRegistry {
  /** `127.0.0.1:<port>`, as a store's config or a location names the registry. */
  host: string;
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Where the registry keeps its files (for tests that tamper with a stored blob). */
  storage: string;
  /** The file holding the bytes of a blob, in distribution's filesystem layout. */
  blobPath(digest: string): string;
  /** What the token service was asked (token auth only). */
  tokenRequests: TokenRequest[];
  /** The registry's output so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export async function startOciRegistry(auth: OciRegistryAuth = { kind: "none" }): Promise<OciRegistry> {
  if (!existsSync(REGISTRY_BINARY)) {
    throw new Error(
      `${REGISTRY_BINARY} is missing: install Debian's docker-registry package (apt-get install docker-registry)`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), "trainyard-oci-registry-"));
  const storage = join(dir, "storage");
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const tokenRequests: TokenRequest[] = [];
  let tokenServer: http.Server | undefined;

  let authConfig = "";
  if (auth.kind === "htpasswd") {
    await writeFile(join(dir, "htpasswd"), `${auth.username}:${bcrypt(auth.password)}\n`);
    authConfig = `auth:\n  htpasswd:\n    realm: trainyard-test\n    path: ${join(dir, "htpasswd")}\n`;
  } else if (auth.kind === "token") {
    const service = "trainyard-test-registry";
    const issuer = "trainyard-test-token-service";
    const { key, certificateDer } = selfSignedCertificate(dir);
    tokenServer = await startTokenService({
      ...auth,
      service,
      issuer,
      key,
      certificateDer,
      requests: tokenRequests,
    });
    const realm = `http://127.0.0.1:${(tokenServer.address() as AddressInfo).port}/token`;
    authConfig = `auth:\n  token:\n    realm: ${realm}\n    service: ${service}\n    issuer: ${issuer}\n    rootcertbundle: ${join(dir, "cert.pem")}\n`;
  }
  const configPath = join(dir, "config.yml");
  await writeFile(
    configPath,
    `version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: ${storage}
  delete:
    enabled: true
http:
  addr: ${host}
  secret: ${randomUUID()}
${authConfig}`,
  );

  const child: ChildProcess = spawn(REGISTRY_BINARY, ["serve", configPath], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await Promise.race([exited, sleep(5000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
    if (tokenServer) {
      tokenServer.closeAllConnections();
      await new Promise<void>((resolve) => tokenServer?.close(() => resolve()));
    }
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`docker-registry exited with ${child.exitCode}:\n${output}`);
    }
    const status = await fetch(`http://${host}/v2/`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200 || status === 401) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`docker-registry did not answer on ${host} within 15 s:\n${output}`);
    }
    await sleep(50);
  }

  return {
    host,
    url: `http://${host}`,
    storage,
    blobPath: (digest) => {
      const hex = digest.replace(/^sha256:/, "");
      return join(storage, "docker/registry/v2/blobs/sha256", hex.slice(0, 2), hex, "data");
    },
    tokenRequests,
    output: () => output,
    stop,
  };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** An htpasswd entry's hash: distribution reads only bcrypt; Debian's libcrypt makes it (cost 4, fast). */
function bcrypt(password: string): string {
  return execFileSync(
    PYTHON,
    [
      "-W",
      "ignore",
      "-c",
      "import crypt, sys; print(crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=16)))",
      password,
    ],
    { encoding: "utf8" },
  ).trim();
}

/** A self-signed RSA certificate (cert.pem, key.pem in `dir`) for the token service's signature. */
function selfSignedCertificate(dir: string): { key: string; certificateDer: Buffer } {
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      join(dir, "key.pem"),
      "-out",
      join(dir, "cert.pem"),
      "-days",
      "1",
      "-subj",
      "/CN=trainyard-test-token-service",
    ],
    { stdio: "ignore" },
  );
  const der = execFileSync("openssl", ["x509", "-in", join(dir, "cert.pem"), "-outform", "DER"]);
  return { key: readFileSync(join(dir, "key.pem"), "utf8"), certificateDer: der };
}

/**
 * The token service of the Docker token auth spec: GET /token?service=&scope=… with Basic
 * credentials answers `{ token }`, a JWT (RS256, the certificate in `x5c`) granting what was asked.
 */
async function startTokenService(options: {
  username: string;
  password: string;
  service: string;
  issuer: string;
  key: string;
  certificateDer: Buffer;
  requests: TokenRequest[];
}): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const scopes = url.searchParams.getAll("scope");
    const [scheme, encoded] = (req.headers.authorization ?? "").split(" ");
    const [username, password] =
      scheme === "Basic" && encoded ? Buffer.from(encoded, "base64").toString("utf8").split(":") : [];
    const allowed = username === options.username && password === options.password;
    options.requests.push({
      username,
      service: url.searchParams.get("service"),
      scopes,
      status: allowed ? 200 : 401,
    });
    if (!allowed) {
      res.writeHead(401, { "content-type": "application/json" });
      res.end(JSON.stringify({ details: "wrong user name or password" }));
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const access = scopes.map((scope) => {
      const [type, name, actions] = scope.split(":");
      return { type, name, actions: (actions ?? "").split(",").filter(Boolean) };
    });
    const header = { alg: "RS256", typ: "JWT", x5c: [options.certificateDer.toString("base64")] };
    const claims = {
      iss: options.issuer,
      sub: username,
      aud: options.service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    const signature = createSign("RSA-SHA256").update(signingInput).sign(options.key).toString("base64url");
    const token = `${signingInput}.${signature}`;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

function base64url(text: string): string {
  return Buffer.from(text).toString("base64url");
}
