/**
 * A js-yaml schema that resolves plain scalars exactly as the YAML 1.2.2 core schema does (spec
 * section 10.3.2), which is what the `yaml` library's `core` schema implements. With it, js-yaml reads
 * ordinary frontmatter to the same values as `yaml`, several times faster; `yaml` stays the reference
 * for everything unusual, for error messages and for positions.
 */
import jsYaml from 'js-yaml';

const nullType = new jsYaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (text: string) => text === '' || /^(?:~|null|Null|NULL)$/.test(text),
  construct: () => null,
});

const boolType = new jsYaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (text: string) => /^(?:true|True|TRUE|false|False|FALSE)$/.test(text),
  construct: (text: string) => text === 'true' || text === 'True' || text === 'TRUE',
});

const intType = new jsYaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (text: string) => /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(text),
  construct: (text: string) => (text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10)),
});

const floatType = new jsYaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (text: string) => /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/.test(text),
  construct: (text: string) => {
    if (/\.(?:nan|NaN|NAN)$/.test(text)) return Number.NaN;
    if (/\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
    return Number.parseFloat(text);
  },
});

/** YAML 1.2 core: strings, lists and maps, plus null, booleans, integers and floats as the spec defines them. */
export const YAML_CORE_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });
