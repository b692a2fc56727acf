import archiver from 'archiver';

/** Zips files the way actions/upload-artifact does: `@actions/artifact` streams them through archiver at level 6. */
export async function artifactZip(files: Record<string, string>): Promise<Buffer> {
  const zip = archiver.create('zip', { zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  zip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    zip.on('end', resolve);
    zip.on('error', reject);
  });
  for (const [name, text] of Object.entries(files)) zip.append(text, { name });
  await zip.finalize();
  await done;
  return Buffer.concat(chunks);
}
