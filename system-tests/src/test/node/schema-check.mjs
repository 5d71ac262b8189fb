// Does the gateway's published schema document build with graphql-js, and is it the schema that
// introspection describes? Run by GatewayProtocolIT: node schema-check.mjs <gateway-url>
// Prints "same" and exits 0, or prints why not and exits 1.
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';

const gateway = process.argv[2] ?? 'http://localhost:9080';
const sdl = await (await fetch(`${gateway}/graphql/schema.graphql`)).text();

let published;
try {
  published = buildSchema(sdl); // validates the document and the schema it describes
} catch (error) {
  console.log(`the published schema document does not build: ${error.message}`);
  process.exit(1);
}

const answer = await (await fetch(`${gateway}/graphql`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true }) }),
})).json();
if (answer.errors) {
  console.log(`introspection failed: ${JSON.stringify(answer.errors)}`);
  process.exit(1);
}
const introspected = buildClientSchema(answer.data);

const print = (schema) => printSchema(lexicographicSortSchema(schema));
const a = print(published).split('\n');
const b = print(introspected).split('\n');
if (a.join('\n') === b.join('\n')) {
  console.log('same');
  process.exit(0);
}
const differences = [];
for (let i = 0; i < Math.max(a.length, b.length) && differences.length < 20; i++) {
  if (a[i] !== b[i]) differences.push(`line ${i + 1}: published ${JSON.stringify(a[i])}, introspection ${JSON.stringify(b[i])}`);
}
console.log(`the published schema differs from introspection:\n${differences.join('\n')}`);
process.exit(1);
