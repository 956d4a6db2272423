import { useState } from "react";
import { Tab, TabList, Title3, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ExcelHost } from "../excel/host";
import { useT, type MessageKey } from "./i18n";
import { InfoPage } from "./pages/InfoPage";
import { PengaturanPage } from "./pengaturan/PengaturanPage";

export const HALAMAN = ["kinerja", "sop", "evaluasi", "tinjauan", "pengaturan"] as const;
export type Halaman = (typeof HALAMAN)[number];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100%", backgroundColor: tokens.colorNeutralBackground1 },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0` },
  tabs: { flexWrap: "wrap", paddingLeft: tokens.spacingHorizontalS },
  main: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const JUDUL: Record<Halaman, MessageKey> = {
  kinerja: "page.kinerja.title",
  sop: "page.sop.title",
  evaluasi: "page.evaluasi.title",
  tinjauan: "page.tinjauan.title",
  pengaturan: "pengaturan.title",
};

export function Shell(props: { host: ExcelHost; today: Date }) {
  const t = useT();
  const styles = useStyles();
  const [halaman, setHalaman] = useState<Halaman>("kinerja");
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{t("app.title")}</Title3> <Caption1>{t("app.subtitle")}</Caption1>
      </header>
      <TabList className={styles.tabs} aria-label={t("nav.label")} selectedValue={halaman} onTabSelect={(_, d) => setHalaman(d.value as Halaman)} size="small">
        {HALAMAN.map((h) => (
          <Tab key={h} value={h}>{t(`nav.${h}`)}</Tab>
        ))}
      </TabList>
      <main className={styles.main} aria-labelledby="judul-halaman">
        <Title3 as="h2" id="judul-halaman">{t(JUDUL[halaman])}</Title3>
        <Page halaman={halaman} host={props.host} today={props.today} />
      </main>
    </div>
  );
}

function Page(props: { halaman: Halaman; host: ExcelHost; today: Date }) {
  switch (props.halaman) {
    case "kinerja": return <InfoPage body="page.kinerja.body" />;
    case "sop": return <InfoPage body="page.sop.body" />;
    case "evaluasi": return <InfoPage body="page.evaluasi.body" />;
    case "tinjauan": return <InfoPage body="page.tinjauan.body" />;
    case "pengaturan": return <PengaturanPage host={props.host} tahunBawaan={props.today.getFullYear()} />;
    default: return props.halaman satisfies never;
  }
}
