import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useT, type PlainKey } from "../i18n";

const useStyles = makeStyles({ page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" } });

/** A page whose capability comes in a later issue: it says what it will do. */
export function InfoPage(props: { body: PlainKey }) {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <Badge appearance="tint" color="informative">{t("page.segera")}</Badge>
      <Text>{t(props.body)}</Text>
    </div>
  );
}
