import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TopBar } from "@/app/_components/shared/top-bar";
import { richTags } from "@/app/_components/shared/rich-text";
import { AddArticleForm } from "@/app/_components/documents/add-article-form";
import { AddFiles } from "@/app/_components/documents/add-files";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("addPage"))("title") };
}

export default async function AddArticlePage() {
  const t = await getTranslations("addPage");
  return (
    <div className="app">
      <TopBar tagline={t.rich("tagline", richTags)} current="add" />
      <main className="page">
        <AddArticleForm />
        <AddFiles />
      </main>
    </div>
  );
}
