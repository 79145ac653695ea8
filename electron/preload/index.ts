import { contextBridge, ipcRenderer } from 'electron';
import { API_KEY } from '../shared/ipc';
import { createApi } from './api';

contextBridge.exposeInMainWorld(API_KEY, createApi(ipcRenderer));
