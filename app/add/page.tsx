import { TopBar } from "@/app/_components/shared/top-bar";
import { AddArticleForm } from "@/app/_components/documents/add-article-form";

export const metadata = { title: "Add an article — Sanad" };

export default function AddArticlePage() {
  return (
    <div className="app">
      <TopBar tagline="Add an article: paste it or pick a .txt file (Arabic or English, UTF-8)." current="add" />
      <main className="page">
        <AddArticleForm />
      </main>
    </div>
  );
}
