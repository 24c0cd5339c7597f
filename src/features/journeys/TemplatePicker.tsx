import { useId } from "react";
import { useTranslation } from "react-i18next";
import { TEMPLATE_IDS, type TemplateId } from "@/model/templates";
import { runCommand } from "@/store/commands";
import "./templates.css";

/** The templates a new journey can start from, each one click away on the start view. */
export function TemplatePicker() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="template-picker" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("workshop.templates.heading")}</h2>
      <p>{t("workshop.templates.intro")}</p>
      <ul className="template-list">
        {TEMPLATE_IDS.map((id) => (
          <TemplateCard key={id} id={id} />
        ))}
      </ul>
    </section>
  );
}

function TemplateCard({ id }: { id: TemplateId }) {
  const { t } = useTranslation();
  const descriptionId = useId();
  return (
    <li className="template-card">
      <button
        type="button"
        className="template-use"
        aria-describedby={descriptionId}
        onClick={() => runCommand("journey.fromTemplate", id)}
      >
        {t(`workshop.templates.${id}.name`)}
      </button>
      <p id={descriptionId}>{t(`workshop.templates.${id}.description`)}</p>
    </li>
  );
}
