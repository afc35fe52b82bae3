package io.smbhub.application.port.in.profile;

import io.smbhub.application.port.in.Actor;

/** Reads the actor's tenant profile (spec smb-hub-prd.md 9.6.1); every member may read it. */
public interface ProfileQueries {
    ProfileView effective(Actor actor);
}
