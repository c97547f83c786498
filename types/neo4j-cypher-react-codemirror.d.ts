// The package ships types its package.json "exports" do not expose; point TypeScript at them.
export * from "../node_modules/@neo4j-cypher/react-codemirror/src/react-codemirror";
