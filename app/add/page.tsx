import Link from "next/link";
import { AddArticleForm } from "../_components/add-article-form";

export const metadata = { title: "Add an article — Sanad" };

export default function AddArticlePage() {
  return (
    <div className="app">
      <header className="topbar">
        <h1>
          <Link href="/">
            Sanad<span className="ar" lang="ar">سند</span>
          </Link>
        </h1>
        <span className="tagline">Add an article: paste it or pick a .txt file (Arabic or English, UTF-8).</span>
      </header>
      <main className="page">
        <AddArticleForm />
      </main>
    </div>
  );
}
