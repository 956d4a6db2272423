import { useState } from "react";
import { Caption1, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { ExcelHost } from "../excel/host";
import { ErrorBar } from "./errors";
import { useT, type PlainKey } from "./i18n";
import { InfoPage } from "./pages/InfoPage";
import { PengaturanPage } from "./pengaturan/PengaturanPage";
import { KinerjaPage } from "./kinerja/KinerjaPage";
import { SopPage } from "./sop/SopPage";
import { EvaluasiPage } from "./evaluasi/EvaluasiPage";

export const HALAMAN = ["kinerja", "sop", "evaluasi", "tinjauan", "pengaturan"] as const;
export type Halaman = (typeof HALAMAN)[number];

const isHalaman = (v: unknown): v is Halaman => HALAMAN.some((h) => h === v);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100%", backgroundColor: tokens.colorNeutralBackground1 },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`, display: "flex", flexDirection: "column" },
  tabs: { flexWrap: "wrap", paddingLeft: tokens.spacingHorizontalS },
  main: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const JUDUL: Record<Halaman, PlainKey> = {
  kinerja: "page.kinerja.title",
  sop: "page.sop.title",
  evaluasi: "page.evaluasi.title",
  tinjauan: "page.tinjauan.title",
  pengaturan: "pengaturan.title",
};

/** Header, navigation (a Fluent TabList: arrow keys move between tabs), error bar, current page. */
export function Shell(props: { host: ExcelHost; today: Date }) {
  const t = useT();
  const styles = useStyles();
  const [halaman, setHalaman] = useState<Halaman>("kinerja");
  // Pages stay mounted once opened (hidden when not selected): a half-edited SOP or a read sheet
  // survives a visit to Pengaturan. Pages that depend on the settings re-read them when shown.
  // A hidden page gets no panel class: its display:flex would override the hidden attribute.
  const [dibuka, setDibuka] = useState<readonly Halaman[]>(["kinerja"]);
  const pilih = (h: Halaman) => {
    setHalaman(h);
    setDibuka((d) => (d.includes(h) ? d : [...d, h]));
  };
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{t("app.title")}</Title3>
        <Caption1>{t("app.subtitle")}</Caption1>
      </header>
      <TabList
        className={styles.tabs}
        aria-label={t("nav.label")}
        selectedValue={halaman}
        onTabSelect={(_, d) => { if (isHalaman(d.value)) pilih(d.value); }}
        size="small"
      >
        {HALAMAN.map((h) => (
          <Tab key={h} id={`tab-${h}`} value={h}>{t(`nav.${h}`)}</Tab>
        ))}
      </TabList>
      <main className={styles.main}>
        <ErrorBar />
        {dibuka.map((h) => (
          <div key={h} className={h === halaman ? styles.panel : undefined} role="tabpanel" aria-labelledby={`tab-${h}`} hidden={h !== halaman}>
            <Title3 as="h2">{t(JUDUL[h])}</Title3>
            <Page halaman={h} aktif={h === halaman} host={props.host} today={props.today} />
          </div>
        ))}
      </main>
    </div>
  );
}

function Page(props: { halaman: Halaman; aktif: boolean; host: ExcelHost; today: Date }) {
  switch (props.halaman) {
    case "kinerja": return <KinerjaPage host={props.host} today={props.today} aktif={props.aktif} />;
    case "sop": return <SopPage host={props.host} today={props.today} aktif={props.aktif} />;
    case "evaluasi": return <EvaluasiPage host={props.host} today={props.today} aktif={props.aktif} />;
    case "tinjauan": return <InfoPage body="page.tinjauan.body" />;
    case "pengaturan": return <PengaturanPage host={props.host} tahunBawaan={props.today.getFullYear()} />;
    default: return props.halaman satisfies never;
  }
}
