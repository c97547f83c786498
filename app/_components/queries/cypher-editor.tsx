"use client";
// The Cypher editor: Neo4j's CodeMirror editor with highlighting, linting and completion from the live schema.
import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import { CypherEditor as NeoCypherEditor } from "@neo4j-cypher/react-codemirror";
import { useApi } from "@/app/_components/api/use-api";

interface Schema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export function CypherEditor({ value, onChange, onRun }: { value: string; onChange: (value: string) => void; onRun: () => void }) {
  const live = useApi<Schema>("/api/schema");
  const schema = live.kind === "ready" ? live.data : undefined;

  return (
    <div className="cypher-editor" data-testid="cypher-editor">
      <NeoCypherEditor
        value={value}
        onValueChanged={(v: string) => onChange(v)}
        schema={schema}
        lineNumbers
        lineWrapping
        // The editor focuses itself on mount and on every value change by default: loaded late on a busy machine it
        // took the focus (and the text being typed) from a parameter field.
        autofocus={false}
        autofocusProps={[]}
        theme="light"
        onKeyDown={(event: KeyboardEvent) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            onRun();
          }
        }}
      />
    </div>
  );
}
