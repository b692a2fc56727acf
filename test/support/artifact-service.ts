/**
 * A stand-in for the Actions artifact service that `@actions/artifact` uploads to, on
 * 127.0.0.1 port 0: the results service's Twirp JSON methods CreateArtifact and
 * FinalizeArtifact (request and response fields as in @actions/artifact's generated
 * lib/generated/results/api/v1/artifact.d.ts: `signedUploadUrl`; `artifactId`, an int64 as a
 * JSON string) and the signed blob URL, written with Azure Blob Storage's Put Block and
 * Put Block List (what @azure/storage-blob's uploadStream sends; both answer 201 Created).
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface UploadedArtifact {
  name: string;
  /** The zip file, its blocks joined in the committed order. */
  zip: Buffer;
  id: number;
}

export interface ArtifactService {
  /** ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN for the process that uploads. */
  env: { ACTIONS_RESULTS_URL: string; ACTIONS_RUNTIME_TOKEN: string };
  artifacts: UploadedArtifact[];
  close(): Promise<void>;
}

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const base64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startArtifactService(firstId = 4242): Promise<ArtifactService> {
  const artifacts: UploadedArtifact[] = [];
  const pending = new Map<string, { name: string; blocks: Map<string, Buffer>; zip: Buffer | null }>();
  let nextId = firstId;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const data = await body(request);
    const json = (status: number, value: object): void => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    };
    if (request.method === 'POST' && url.pathname === '/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact') {
      const { name } = JSON.parse(data.toString()) as { name: string };
      pending.set(name, { name, blocks: new Map(), zip: null });
      return json(200, { ok: true, signedUploadUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/blob/${encodeURIComponent(name)}?sig=test` });
    }
    if (request.method === 'PUT' && url.pathname.startsWith('/blob/')) {
      const upload = pending.get(decodeURIComponent(url.pathname.slice('/blob/'.length)));
      if (!upload) return json(404, { message: 'no such blob' });
      if (url.searchParams.get('comp') === 'block') upload.blocks.set(url.searchParams.get('blockid')!, data);
      else if (url.searchParams.get('comp') === 'blocklist') {
        const order = [...data.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map((m) => m[1]!);
        upload.zip = Buffer.concat(order.map((id) => upload.blocks.get(id)!));
      } else upload.zip = data;
      response.writeHead(201, { etag: '"0x1"', 'last-modified': new Date().toUTCString(), 'x-ms-request-id': 'stand-in', 'x-ms-version': '2025-01-05' }).end();
      return;
    }
    if (request.method === 'POST' && url.pathname === '/twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact') {
      const { name } = JSON.parse(data.toString()) as { name: string };
      const upload = pending.get(name);
      if (!upload?.zip) return json(200, { ok: false, artifactId: '0' });
      const id = nextId++;
      artifacts.push({ name, zip: upload.zip, id });
      return json(200, { ok: true, artifactId: String(id) });
    }
    json(404, { code: 'not_found', msg: `${request.method} ${url.pathname}` });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  // The runtime token is a JWT whose scope names the workflow run's and the job's backend ids; its signature is not checked by the client.
  const token = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ scp: 'Actions.ExampleScope Actions.Results:run-backend-id:job-backend-id' })}.signature`;
  return {
    env: { ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/`, ACTIONS_RUNTIME_TOKEN: token },
    artifacts,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
