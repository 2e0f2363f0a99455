import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import { DependencyUnavailableError } from '../../../../shared-kernel/infrastructure-errors';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { toFixedDegrees } from '../../domain/routing/geodesy';
import type { OsmExtract, OsmWay } from '../../domain/routing/osm-extract';
import { networkFileUnreadable } from '../../domain/routing/routing-errors';
import type { OsmStreetSource } from '../../ports/routing/osm-street-source.port';

/** OPL escapes odd characters as %<hex code point>%. */
const unescape = (text: string): string =>
  text.includes('%') ? text.replace(/%([0-9a-fA-F]+)%/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))) : text;

function parseTags(field: string): Record<string, string> {
  const tags: Record<string, string> = {};
  if (field.length <= 1) return tags;
  for (const pair of field.slice(1).split(',')) {
    const eq = pair.indexOf('=');
    if (eq > 0) tags[unescape(pair.slice(0, eq))] = unescape(pair.slice(eq + 1));
  }
  return tags;
}

/**
 * Reads highway ways with osmium-tool: `osmium tags-filter <file> w/highway` keeps the ways and the
 * nodes they use, streamed as OPL text (one object a line), so node ids survive and ways can be split
 * at shared nodes. (GDAL's OSM driver yields lines without node ids; see docs/routing-engine.md.)
 */
export class OsmiumOsmStreetSource implements OsmStreetSource {
  constructor(private readonly osmiumPath = 'osmium') {}

  async read(filePath: string): Promise<Result<OsmExtract, DomainError>> {
    const child = spawn(this.osmiumPath, ['tags-filter', filePath, 'w/highway', '-f', 'opl,add_metadata=false', '-o', '-'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | Error>((resolve) => {
      child.once('error', resolve);
      child.once('close', (code) => resolve(code ?? 1));
    });

    const coordinates = new Map<number, readonly [number, number]>();
    const ways: OsmWay[] = [];
    for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
      if (line.startsWith('n')) {
        const fields = line.split(' ');
        const x = fields.find((f) => f.startsWith('x'));
        const y = fields.find((f) => f.startsWith('y'));
        if (x && y && x.length > 1 && y.length > 1) {
          coordinates.set(Number(fields[0].slice(1)), [toFixedDegrees(Number(x.slice(1))), toFixedDegrees(Number(y.slice(1)))]);
        }
      } else if (line.startsWith('w')) {
        const fields = line.split(' ');
        const tags = parseTags(fields.find((f) => f.startsWith('T')) ?? 'T');
        const refs = fields.find((f) => f.startsWith('N')) ?? 'N';
        const nodeIds = refs.length > 1 ? refs.slice(1).split(',').map((r) => Number(r.slice(1))) : [];
        ways.push({ id: Number(fields[0].slice(1)), tags, nodeIds });
      }
    }
    const code = await exited;
    if (code instanceof Error) throw new DependencyUnavailableError('osmium', code);
    if (code !== 0) return err(networkFileUnreadable(filePath, stderr.trim().split('\n')[0] || `osmium exited with ${code}`));
    return ok({ ways, coordinatesOf: (id) => coordinates.get(id) });
  }
}
