import type { AttributeType } from '../../domain/layers/layer-attributes';

export interface OgrField {
  readonly name: string;
  readonly type: AttributeType;
}

export interface OgrLayerInfo {
  readonly name: string;
  readonly fields: OgrField[];
  /** `EPSG:nnnn` when the CRS has one, `custom` for a CRS without code, null when there is none. */
  readonly referenceSystem: string | null;
}

const TYPES: Readonly<Record<string, AttributeType>> = {
  Integer: 'integer', Integer64: 'bigint', Real: 'number', String: 'text', Date: 'date', DateTime: 'timestamp', Time: 'time',
  IntegerList: 'json', Integer64List: 'json', RealList: 'json', StringList: 'json', Binary: 'text',
};

// "name: Type(SubType) (width.precision)" at the start of a line, as `ogrinfo -so -al` prints fields.
const FIELD = /^(\S.*?): (\w+)(?:\((\w+)\))? \(\d+\.\d+\)/;

/** Reads `ogrinfo -ro -so -al` output (GDAL 3.6 has no JSON output for vector info). */
export function parseOgrInfo(output: string): OgrLayerInfo[] {
  const blocks = output.split(/^Layer name: /m).slice(1);
  return blocks.map((block) => {
    const [nameLine, ...lines] = block.split('\n');
    const srsStart = lines.findIndex((line) => line.startsWith('Layer SRS WKT:'));
    let referenceSystem: string | null = null;
    if (srsStart >= 0 && lines[srsStart + 1]?.trim() !== '(unknown)') {
      const wkt: string[] = [];
      for (let i = srsStart + 1; i < lines.length && /^\s|^[A-Z]+\[/.test(lines[i]); i++) wkt.push(lines[i]);
      const codes = [...wkt.join('\n').matchAll(/^ {4}ID\["EPSG",(\d+)\]/gm)];
      referenceSystem = codes.length > 0 ? `EPSG:${codes[codes.length - 1][1]}` : wkt.length > 0 ? 'custom' : null;
    }
    const fields: OgrField[] = [];
    for (const line of lines) {
      const match = FIELD.exec(line);
      if (!match || line.startsWith('Layer SRS') || line.startsWith('Data axis')) continue;
      const [, name, type, subtype] = match;
      fields.push({ name, type: subtype === 'Boolean' ? 'boolean' : (TYPES[type] ?? 'text') });
    }
    return { name: nameLine.trim(), fields, referenceSystem };
  });
}
