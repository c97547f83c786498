// The tags interface messages may hold (t.rich(key, {...richTags, ...})): words in the other script keep their language
// and direction inside the sentence.
import type { ReactNode } from "react";

export const richTags = {
  strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
  code: (chunks: ReactNode) => <code dir="ltr">{chunks}</code>,
  ltr: (chunks: ReactNode) => (
    <span lang="en" dir="ltr">
      {chunks}
    </span>
  ),
};
