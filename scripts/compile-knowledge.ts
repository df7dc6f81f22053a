// Build step: validate rules/ and write the compiled knowledge base to dist/knowledge-base.json, so that
// programs start without parsing YAML and running the schemas. A broken rules file fails the build, naming it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compileKnowledge, compiledKnowledgePath, findRulesDir } from '../server/src/knowledge/load.js';

const rulesDir = findRulesDir();
const path = compiledKnowledgePath(rulesDir);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, JSON.stringify(compileKnowledge(rulesDir)));
