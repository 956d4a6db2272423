import { useId } from "react";
import { Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentTableArrowRightRegular, TableSearchRegular } from "@fluentui/react-icons";
import { adaError, type SopMasalah } from "../../domain/sop";
import { useT } from "../i18n";
import type { SopState } from "./state";

const useStyles = makeStyles({
  aksi: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  alasan: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * "Sisipkan SOP" (blocked by validation errors, with the reason; warnings do not block),
 * "Baca SOP dari lembar", and the confirmation before replacing an existing sheet.
 */
export function AksiSop(props: { state: SopState & { konfirmasiGanti: string | null }; masalah: readonly SopMasalah[]; onSisipkan: (ganti: boolean) => void; onBaca: () => void; onBatalGanti: () => void }) {
  const t = useT();
  const styles = useStyles();
  const alasanId = useId();
  const error = props.masalah.filter((m) => m.tingkat === "error").length;
  const terhalang = adaError(props.masalah);
  const { sibuk, konfirmasiGanti } = props.state;
  return (
    <>
      <div className={styles.aksi}>
        <Button appearance="primary" icon={<DocumentTableArrowRightRegular />} disabled={terhalang || sibuk !== null} aria-describedby={terhalang ? alasanId : undefined} onClick={() => props.onSisipkan(false)}>
          {t("sop.sisipkan")}
        </Button>
        <Button icon={<TableSearchRegular />} disabled={sibuk !== null} onClick={props.onBaca}>{t("sop.baca-lembar")}</Button>
      </div>
      {terhalang && <Caption1 id={alasanId} className={styles.alasan}>{t("sop.sisipkan.terhalang", { jumlah: error })}</Caption1>}
      {sibuk === "menyisipkan" && <Spinner size="small" label={t("sop.menyisipkan")} />}
      {sibuk === "membaca" && <Spinner size="small" label={t("sop.membaca")} />}
      <Dialog open={konfirmasiGanti !== null} modalType="alert" onOpenChange={(_, d) => { if (!d.open) props.onBatalGanti(); }}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("sop.ganti.judul", { nama: konfirmasiGanti ?? "" })}</DialogTitle>
            <DialogContent>{t("sop.ganti.isi", { nama: konfirmasiGanti ?? "" })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => props.onSisipkan(true)}>{t("sop.ganti.ya")}</Button>
              <Button onClick={props.onBatalGanti}>{t("sop.ganti.batal")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
