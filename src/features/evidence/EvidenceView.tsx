import { useId } from "react";
import { useTranslation } from "react-i18next";
import { runCommand } from "@/store/commands";
import type { EvidenceTab } from "@/store/commands-evidence";
import { useStore } from "@/store/store";
import { AgreementTab } from "./AgreementTab";
import { CodebookTab } from "./CodebookTab";
import { useCoder } from "./coder";
import { SearchTab } from "./SearchTab";
import { SourcesTab } from "./SourcesTab";
import "./evidence.css";

const TABS: readonly EvidenceTab[] = ["sources", "codebook", "search", "agreement"];

/**
 * The evidence view: sources and their coding, the codebook, search across everything, and
 * agreement between two coders. `onImport` opens the file importer (wired by the app).
 */
export function EvidenceView({ onImport }: { onImport?: () => void }) {
  const { t } = useTranslation();
  const tab = useStore((s) => (s.route.view === "evidence" ? (s.route.tab ?? "sources") : "sources"));
  const [coder, setCoder] = useCoder();
  const coderId = useId();
  return (
    <div className="evidence">
      <div className="evidence-header">
        <h1>{t("evidence.title")}</h1>
        <nav className="evidence-tabs" aria-label={t("evidence.sections")}>
          {TABS.map((name) => (
            <button
              key={name}
              type="button"
              className="evidence-tab"
              aria-current={tab === name ? "page" : undefined}
              onClick={() => runCommand("view.evidence", { tab: name })}
            >
              {t(`evidence.tab.${name}`)}
            </button>
          ))}
        </nav>
        <div className="evidence-coder">
          <label htmlFor={coderId}>{t("evidence.coder")}</label>
          <input
            id={coderId}
            value={coder}
            placeholder={t("evidence.coderPlaceholder")}
            autoComplete="name"
            onChange={(e) => setCoder(e.target.value)}
          />
        </div>
        {onImport && (
          <button type="button" className="button" onClick={onImport}>
            {t("evidence.import")}
          </button>
        )}
      </div>
      <div className="evidence-panel">
        {tab === "sources" ? (
          <SourcesTab />
        ) : tab === "codebook" ? (
          <CodebookTab />
        ) : tab === "search" ? (
          <SearchTab />
        ) : (
          <AgreementTab />
        )}
      </div>
    </div>
  );
}
