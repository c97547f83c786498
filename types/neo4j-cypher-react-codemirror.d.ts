// The package ships types its package.json "exports" hide from TypeScript; re-export them under the package name.
// (A tsconfig `paths` entry would also redirect the bundler to this file, so it is an ambient module instead.)
declare module "@neo4j-cypher/react-codemirror" {
  export * from "@neo4j-cypher/react-codemirror/src/react-codemirror.d.ts";
}
