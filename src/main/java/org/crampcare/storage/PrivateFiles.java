package org.crampcare.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Creates the data folder and the database file readable by their owner only (0700 and 0600), so
 * that other local users of the machine cannot read the diaries. SQLite gives its journal files the
 * permissions of the database file. On file systems without POSIX permissions nothing is changed.
 */
public final class PrivateFiles {
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the folder (and missing parents) owner-only; an existing folder is left as it is. */
    public static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            if (posix(parent)) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            } else {
                Files.createDirectory(folder);
            }
        } catch (FileAlreadyExistsException raced) {
            if (!Files.isDirectory(folder)) {
                throw raced;
            }
        }
    }

    /** Creates an empty owner-only file if it is missing, or takes group and other access away from ours. */
    static void createFile(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (!posix(parent)) {
            return;
        }
        if (Files.exists(file)) {
            if (!FILE.containsAll(Files.getPosixFilePermissions(file))) {
                Files.setPosixFilePermissions(file, FILE);
            }
            return;
        }
        FileAttribute<Set<PosixFilePermission>> owner = PosixFilePermissions.asFileAttribute(FILE);
        try {
            Files.createFile(file, owner);
        } catch (FileAlreadyExistsException raced) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static boolean posix(Path folder) throws IOException {
        return folder != null && Files.getFileStore(folder).supportsFileAttributeView("posix");
    }
}
