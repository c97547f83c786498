"use client";
// The Cypher editor: Neo4j's CodeMirror editor with highlighting, linting and completion from the live schema; a syntax
// error from the server is marked where it is, with its message under that line.
import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import { CypherEditor as NeoCypherEditor } from "@neo4j-cypher/react-codemirror";
import { StateEffect, StateField, type Extension } from "@codemirror/state";
import { Decoration, EditorView, WidgetType, type DecorationSet } from "@codemirror/view";
import { useEffect, useMemo, useState } from "react";
import { useApi } from "@/app/_components/api/use-api";

interface Schema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

/** A syntax error at an offset of the editor's text. */
export interface SyntaxMarker {
  offset: number;
  message: string;
}

class MessageWidget extends WidgetType {
  constructor(readonly message: string) {
    super();
  }
  override eq(other: MessageWidget) {
    return other.message === this.message;
  }
  toDOM() {
    const div = document.createElement("div");
    div.className = "cm-syntax-error";
    div.setAttribute("role", "alert");
    div.setAttribute("data-testid", "syntax-error");
    div.textContent = this.message;
    return div;
  }
}

const setMarker = StateEffect.define<SyntaxMarker | null>();

// Decorations that need a line of their own come from a state field. Editing the text drops the marker: it was about
// the text as it was run.
const markerField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = tr.docChanged ? Decoration.none : marks;
    for (const effect of tr.effects) {
      if (!effect.is(setMarker)) continue;
      if (!effect.value) {
        next = Decoration.none;
        continue;
      }
      const doc = tr.state.doc;
      const from = Math.min(Math.max(0, effect.value.offset), Math.max(0, doc.length - 1));
      const word = /^[^\s(){}[\],;]+/.exec(doc.sliceString(from, Math.min(doc.length, from + 80)));
      const to = Math.min(doc.length, from + Math.max(1, word?.[0].length ?? 1));
      const line = doc.lineAt(from);
      next = Decoration.set(
        [
          ...(to > from ? [Decoration.mark({ class: "cm-syntax-error-at", attributes: { "data-testid": "syntax-error-at" } }).range(from, to)] : []),
          Decoration.widget({ widget: new MessageWidget(effect.value.message), block: true, side: 1 }).range(line.to),
        ],
        true,
      );
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

const EXTENSIONS: Extension[] = [markerField];

export function CypherEditor({ value, onChange, onRun, marker = null, label }: { value: string; onChange: (value: string) => void; onRun: () => void; marker?: SyntaxMarker | null; label: string }) {
  // The editable area is named for screen readers (CodeMirror's content element is the text box).
  const extensions = useMemo(() => [...EXTENSIONS, EditorView.contentAttributes.of({ "aria-label": label })], [label]);
  const live = useApi<Schema>("/api/schema");
  const schema = live.kind === "ready" ? live.data : undefined;
  const [view, setView] = useState<EditorView | null>(null);

  useEffect(() => {
    view?.dispatch({ effects: setMarker.of(marker) });
  }, [view, marker]);

  return (
    // Code reads left to right inside an Arabic page too.
    <div className="cypher-editor" data-testid="cypher-editor" dir="ltr">
      <NeoCypherEditor
        value={value}
        onValueChanged={(v: string) => onChange(v)}
        onEditorCreated={(editor: { codemirror: EditorView }) => setView(editor.codemirror)}
        schema={schema}
        lineNumbers
        lineWrapping
        // The editor focuses itself on mount and on every value change by default: loaded late on a busy machine it
        // took the focus (and the text being typed) from a parameter field.
        autofocus={false}
        autofocusProps={[]}
        theme="light"
        postExtensions={extensions}
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
