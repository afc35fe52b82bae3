package io.smbhub.bootstrap;

import io.micronaut.runtime.Micronaut;

/** Entry point of the SMB Hub server: starts the Micronaut application context and HTTP server. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
