// Reads Arrow IPC files written by the SDK with the npm apache-arrow package and prints row count and column sums.
// Usage: node read-arrow.cjs <file>...   (NODE_PATH must point at a node_modules holding apache-arrow)
const { readFileSync } = require('fs');
const { tableFromIPC } = require('apache-arrow');

const out = {};
for (const path of process.argv.slice(2)) {
  const table = tableFromIPC(readFileSync(path));
  const sums = {};
  for (const field of table.schema.fields) {
    const column = table.getChild(field.name);
    let sum = 0n;
    let fsum = 0;
    let bytes = 0;
    for (let i = 0; i < column.length; i++) {
      const v = column.get(i);
      if (v === null || v === undefined) continue;
      if (typeof v === 'bigint') sum += v;
      else if (typeof v === 'number') fsum += v;
      else if (typeof v === 'string') bytes += Buffer.byteLength(v, 'utf8');
    }
    sums[field.name] = { int: sum.toString(), float: fsum, bytes };
  }
  out[path] = { rows: table.numRows, sums };
}
console.log(JSON.stringify(out));
