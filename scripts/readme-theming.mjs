// The README's tables of parts and custom properties, from custom-elements.json, so they list
// what the element has. With --check, fails instead when the README is stale.
// Usage: node scripts/readme-theming.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';

const README = new URL('../README.md', import.meta.url);
const START = /<!-- theming:start[^>]*-->\n/;
const END = '<!-- theming:end -->';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.customElement);
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const tables = [
  `Parts (\`kanaal-wijzer::part(name)\`):`,
  '',
  '| part | what it is |',
  '|---|---|',
  ...element.cssParts.map((part) => `| \`${part.name}\` | ${cell(part.description ?? '')} |`),
  '',
  'Custom properties:',
  '',
  '| property | default | what it sets |',
  '|---|---|---|',
  ...element.cssProperties.map((property) => `| \`${property.name}\` | \`${cell(property.default ?? '')}\` | ${cell(property.description ?? '')} |`),
  '',
].join('\n');

const readme = readFileSync(README, 'utf8');
const start = START.exec(readme);
const end = readme.indexOf(END);
if (!start || end < start.index) throw new Error('README.md lacks the theming:start and theming:end markers');
const updated = `${readme.slice(0, start.index + start[0].length)}${tables}${readme.slice(end)}`;

if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md\'s parts and custom properties are stale: run "npm run manifest" and commit the result.');
    process.exit(1);
  }
  console.log('README.md\'s parts and custom properties match custom-elements.json.');
} else {
  writeFileSync(README, updated);
}
