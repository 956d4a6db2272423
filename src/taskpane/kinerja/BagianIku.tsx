import { Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { namaLembarIku } from "../../domain/iku/tata-letak";
import { useT } from "../i18n";
import type { IsiIku, KinerjaState } from "./state";

const useStyles = makeStyles({
  bagian: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  tombol: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** "Buat lembar IKU": the standard sheet of the settings' year, empty or with the worked example. */
export function BagianIku(props: { tahun: number; state: KinerjaState; onBuat: (isi: IsiIku, ganti: boolean) => void; onBatal: () => void }) {
  const t = useT();
  const styles = useStyles();
  const { konfirmasiIku, sibuk } = props.state;
  const nama = namaLembarIku(props.tahun);
  return (
    <section className={styles.bagian} aria-labelledby="kinerja-iku">
      <Subtitle2 as="h3" id="kinerja-iku">{t("kinerja.iku.judul")}</Subtitle2>
      <Caption1>{t("kinerja.iku.intro", { nama })}</Caption1>
      <div className={styles.tombol}>
        <Button disabled={sibuk !== null} onClick={() => props.onBuat("kosong", false)}>{t("kinerja.iku.kosong")}</Button>
        <Button disabled={sibuk !== null} onClick={() => props.onBuat("contoh", false)}>{t("kinerja.iku.contoh")}</Button>
      </div>
      <Dialog open={konfirmasiIku !== null} modalType="alert" onOpenChange={(_, d) => { if (!d.open) props.onBatal(); }}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("kinerja.iku.ganti.judul", { nama: konfirmasiIku?.namaLembar ?? "" })}</DialogTitle>
            <DialogContent>{t("kinerja.iku.ganti.isi", { nama: konfirmasiIku?.namaLembar ?? "" })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => { if (konfirmasiIku) props.onBuat(konfirmasiIku.isi, true); }}>{t("kinerja.iku.ganti.ya")}</Button>
              <Button onClick={props.onBatal}>{t("kinerja.iku.ganti.batal")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
