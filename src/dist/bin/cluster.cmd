@echo off
rem cluster: runs lib\cluster.jar of this unpacked distribution with the given arguments, from any folder.
rem Needs only a Java 17 (or newer) runtime: java.exe on the PATH, or JAVA_HOME.
rem
rem Start-up lever, never required: a class-data-sharing archive made by the first run, kept in a per-user
rem cache folder (CLUSTER_CACHE, default %LOCALAPPDATA%\cluster) and named after the jar and the Java
rem runtime. Where that folder cannot be written, cluster just starts a little slower.
rem CLUSTER_JAVA_OPTS replaces every JVM flag.
setlocal EnableExtensions DisableDelayedExpansion

set "CLUSTER_HOME=%~dp0.."
set "CLUSTER_JAR=%CLUSTER_HOME%\lib\cluster.jar"

set "CLUSTER_JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "CLUSTER_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined CLUSTER_JAVA for /f "delims=" %%J in ('where java.exe 2^>nul') do (
  if not defined CLUSTER_JAVA set "CLUSTER_JAVA=%%J"
)
if not defined CLUSTER_JAVA (
  echo cluster: Java was not found. Install a Java 17 ^(or newer^) runtime, for example Temurin from 1>&2
  echo   https://adoptium.net, then open a new Command Prompt ^(or set JAVA_HOME to its folder^). 1>&2
  exit /b 1
)

rem (No `exit /b %ERRORLEVEL%` inside parentheses: cmd would expand it before java has run.)
if not defined CLUSTER_JAVA_OPTS goto levers
"%CLUSTER_JAVA%" %CLUSTER_JAVA_OPTS% -jar "%CLUSTER_JAR%" %*
exit /b %ERRORLEVEL%

:levers

set "CLUSTER_FLAGS=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable"

rem The archive's name: the jar's size and date and the Java runtime's, digits and letters only.
for %%F in ("%CLUSTER_JAR%") do set "CLUSTER_KEY=%%~zF-%%~tF"
for %%F in ("%CLUSTER_JAVA%") do set "CLUSTER_KEY=%CLUSTER_KEY%-%%~zF-%%~tF"
set "CLUSTER_KEY=%CLUSTER_KEY: =%"
set "CLUSTER_KEY=%CLUSTER_KEY:/=%"
set "CLUSTER_KEY=%CLUSTER_KEY::=%"
set "CLUSTER_KEY=%CLUSTER_KEY:.=%"

if not defined CLUSTER_CACHE set "CLUSTER_CACHE=%LOCALAPPDATA%\cluster"
if not exist "%CLUSTER_CACHE%\" mkdir "%CLUSTER_CACHE%" >nul 2>&1
if not exist "%CLUSTER_CACHE%\" goto plain

set "CLUSTER_ARCHIVE=%CLUSTER_CACHE%\cluster-%CLUSTER_KEY%.jsa"
if not exist "%CLUSTER_ARCHIVE%" goto record
"%CLUSTER_JAVA%" %CLUSTER_FLAGS% "-XX:SharedArchiveFile=%CLUSTER_ARCHIVE%" -jar "%CLUSTER_JAR%" %*
exit /b %ERRORLEVEL%

:record
rem The first run records the classes it loads; the archive is moved into place only when complete.
set "CLUSTER_PARTIAL=%CLUSTER_CACHE%\cluster-%CLUSTER_KEY%-%RANDOM%.jsa"
"%CLUSTER_JAVA%" %CLUSTER_FLAGS% "-XX:ArchiveClassesAtExit=%CLUSTER_PARTIAL%" -jar "%CLUSTER_JAR%" %*
set "CLUSTER_STATUS=%ERRORLEVEL%"
if exist "%CLUSTER_PARTIAL%" move /y "%CLUSTER_PARTIAL%" "%CLUSTER_ARCHIVE%" >nul 2>&1
if exist "%CLUSTER_PARTIAL%" del /q "%CLUSTER_PARTIAL%" >nul 2>&1
exit /b %CLUSTER_STATUS%

:plain
"%CLUSTER_JAVA%" %CLUSTER_FLAGS% -jar "%CLUSTER_JAR%" %*
exit /b %ERRORLEVEL%
