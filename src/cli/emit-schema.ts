/** npm run schema:emit: writes schema/schema.graphql from the code-first schema. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildAppSchema, printAppSchema, SCHEMA_FILE } from '../server/schema';

buildAppSchema()
  .then((schema) => {
    writeFileSync(SCHEMA_FILE, printAppSchema(schema));
    console.log(`wrote ${SCHEMA_FILE}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
