package de.deutsch4u.launcher;

import java.sql.DriverManager;

/**
 * Runs in the Payara child before Payara starts (from the agent's premain, see {@link ParentWatchdog}).
 *
 * <p>The first use of {@link DriverManager} in a JVM loads every JDBC driver its caller's context class
 * loader can see. In Payara that first use is the leak check of a temporary class loader of the
 * deployment, which thereby loads the MariaDB driver from WEB-INF/lib, finds it registered by itself and
 * warns on every start ("registered the JDBC driver [org.mariadb.jdbc.Driver] but failed to unregister
 * it"). Using it once here, from the system class loader, which sees no driver, avoids that, as Tomcat's
 * JreMemoryLeakPreventionListener (driverManagerProtection) does. The application does not rely on
 * automatic driver loading: its pool creates MariaDB data sources directly.
 */
final class DriverManagerProtection {

    private DriverManagerProtection() {}

    static void initialiseDriverManager() {
        DriverManager.getDrivers();
    }
}
