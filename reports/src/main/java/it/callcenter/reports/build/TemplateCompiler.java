package it.callcenter.reports.build;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The build's template compiler: every {@code .jrxml} of the source folder becomes a {@code .jasper} of the same name
 * in the output folder, and the source is copied beside it (the web module's tests read which labels it uses). A
 * template that does not compile fails the build. Not shipped: the jar holds the templates only.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path sources = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        List<Path> templates;
        try (Stream<Path> files = Files.list(sources)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("No .jrxml in " + sources);
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replaceFirst("\\.jrxml$", "");
            JasperCompileManager.compileReportToFile(template.toString(), output.resolve(name + ".jasper").toString());
            Files.copy(template, output.resolve(template.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println("Compiled report template " + name);
        }
    }
}
